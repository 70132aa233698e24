import type { Locator, Page } from '@playwright/test';

// Columns of the Workloads table, like `kubectl get deployment` plus the console status and images.
const column = { name: 0, status: 1, ready: 2, upToDate: 3, available: 4, image: 5, age: 6 } as const;

/** Workloads > Deployments. */
export class WorkloadsPage {
  readonly heading: Locator;
  readonly createWorkload: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Workloads', level: 1 });
    this.createWorkload = page.getByRole('link', { name: 'Create Workload' });
    this.table = page.getByRole('table', { name: 'Workloads' });
  }

  async goto(namespace: string): Promise<void> {
    await this.page.goto(`/namespaces/${namespace}/workloads`);
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  cell(name: string, header: keyof typeof column): Locator {
    return this.row(name).getByRole('cell').nth(column[header]);
  }
}
