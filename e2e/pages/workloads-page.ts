import type { Locator, Page } from '@playwright/test';
import { ListPage } from './list-page';

// Columns of the Workloads table, like `kubectl get deployment` plus the console status and images.
const column = { name: 0, status: 1, ready: 2, upToDate: 3, available: 4, image: 5, age: 6 } as const;

/** Workloads > Deployments. */
export class WorkloadsPage extends ListPage<keyof typeof column> {
  readonly createWorkload: Locator;

  constructor(page: Page) {
    super(page, 'workloads', { heading: 'Workloads', table: 'Workloads' }, column);
    this.createWorkload = page.getByRole('link', { name: 'Create Workload' });
  }
}
