import { expect, type Locator, type Page } from '@playwright/test';

// Each tab's columns, like `kubectl get <kind>` plus the console status.
const columns = {
  StatefulSets: { name: 0, status: 1, ready: 2, service: 3 },
  DaemonSets: { name: 0, status: 1, desired: 2, current: 3, ready: 4 },
  Jobs: { name: 0, status: 1, completions: 2, duration: 3 },
  'Cron Jobs': { name: 0, status: 1, schedule: 2, suspend: 3, active: 4 },
} as const;
type Tab = keyof typeof columns;

/** Workloads > one kind's tab (`?kind=statefulsets`): rows by their Name link, cells by column. */
export class WorkloadKindTab<T extends Tab> {
  readonly table: Locator;

  constructor(
    private readonly page: Page,
    private readonly tab: T,
  ) {
    this.table = page.getByRole('table', { name: 'Workloads' });
  }

  /** Opens Workloads and clicks the tab, as a user would, until it is the tab in view (what Create Workload opens). */
  async open(namespace: string): Promise<void> {
    await this.page.goto(`/namespaces/${namespace}/workloads`);
    const link = this.page
      .getByRole('navigation', { name: 'Workload types' })
      .getByRole('link', { name: this.tab, exact: true });
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  cell(name: string, column: keyof (typeof columns)[T]): Locator {
    return this.row(name)
      .getByRole('cell')
      .nth(columns[this.tab][column] as number);
  }
}
