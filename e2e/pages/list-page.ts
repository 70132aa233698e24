import type { Locator, Page } from '@playwright/test';

/** A namespace's list page: its heading and one table, rows found by their Name link and cells by column. */
export class ListPage<Column extends string> {
  readonly heading: Locator;
  readonly table: Locator;

  constructor(
    readonly page: Page,
    private readonly path: string,
    names: { heading: string; table: string },
    private readonly columns: Readonly<Record<Column, number>>,
  ) {
    this.heading = page.getByRole('heading', { name: names.heading, level: 1 });
    this.table = page.getByRole('table', { name: names.table });
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
