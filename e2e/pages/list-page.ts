import type { Locator, Page } from '@playwright/test';

/** A namespace's list page: one table, its rows found by their Name link and its cells by column. */
export class ListPage<Column extends string> {
  readonly table: Locator;

  constructor(
    readonly page: Page,
    private readonly path: string,
    tableName: string,
    private readonly columns: Readonly<Record<Column, number>>,
  ) {
    this.table = page.getByRole('table', { name: tableName });
  }

  async goto(namespace: string): Promise<void> {
    await this.page.goto(`/namespaces/${namespace}/${this.path}`);
  }

  /** The table row whose Name link is exactly `name`. */
  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  cell(name: string, header: Column): Locator {
    return this.row(name).getByRole('cell').nth(this.columns[header]);
  }
}
