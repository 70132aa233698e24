import type { Locator, Page } from '@playwright/test';

/** A workload page's Rollout section: progress, Restart, Pause/Resume, the revisions and their roll back dialog. */
export class RolloutSection {
  readonly region: Locator;
  readonly revisions: Locator;
  readonly restart: Locator;
  readonly pause: Locator;
  readonly resume: Locator;
  readonly newPodsReady: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Rollout' });
    this.revisions = this.region.getByRole('table', { name: 'Revisions' });
    this.restart = this.region.getByRole('button', { name: 'Restart', exact: true });
    this.pause = this.region.getByRole('button', { name: 'Pause', exact: true });
    this.resume = this.region.getByRole('button', { name: 'Resume', exact: true });
    this.newPodsReady = this.region.getByRole('progressbar', { name: 'New pods ready' });
    this.dialog = page.getByRole('dialog');
  }

  /** The row of revision `n` (its first cell reads `n` or `n (current)`). */
  revision(n: number): Locator {
    return this.revisions
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: new RegExp(`^${n}( \\(current\\))?$`) }) });
  }

  rollBackTo(n: number): Locator {
    return this.region.getByRole('button', { name: `Roll back to this revision (${n})` });
  }

  /** `kubectl rollout status`'s sentence, as the section shows it. */
  status(text: string | RegExp): Locator {
    return this.region.getByRole('status').filter({ hasText: text });
  }

  /** The value of a fact of the progress (`Old pods left`). */
  fact(term: string): Locator {
    return this.region.getByRole('term').filter({ hasText: term }).locator('xpath=following-sibling::dd[1]');
  }
}
