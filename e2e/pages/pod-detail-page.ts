import type { Locator, Page } from '@playwright/test';

/** One pod: its facts, containers, log viewer and events. */
export class PodDetailPage {
  readonly heading: Locator;
  readonly containers: Locator;
  readonly log: Locator;
  readonly follow: Locator;
  readonly download: Locator;
  /** The log viewer's alert: a container that has not started, or a log that could not be read. */
  readonly logProblem: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: /^Pod /, level: 1 });
    this.containers = page.getByRole('table', { name: 'Containers' });
    this.log = page.getByRole('log');
    this.follow = page.getByRole('checkbox', { name: 'Follow' });
    this.download = page.getByRole('button', { name: 'Download' });
    this.logProblem = page.getByRole('region', { name: 'Logs' }).getByRole('alert');
  }

  /** A fact of the pod (Status, Node, Owner…): the definition after its term. */
  fact(term: string): Locator {
    return this.page.getByRole('term').filter({ hasText: term }).locator('xpath=following-sibling::dd[1]');
  }
}
