import type { Locator, Page } from '@playwright/test';
import { WorkloadDetailPage } from './workload-detail-page';

/** A workload's page with the fix flows: Retry now, a credential marked missing, and Scale with its refusals. */
export class WorkloadFixes extends WorkloadDetailPage {
  readonly retryNow: Locator;
  readonly scalePods: Locator;
  readonly scale: Locator;

  constructor(page: Page, name: string) {
    super(page, name);
    this.retryNow = page.getByRole('button', { name: 'Retry now' });
    this.scalePods = page.getByRole('spinbutton', { name: 'Pods', exact: true });
    this.scale = page.getByRole('button', { name: 'Scale' });
  }

  /** How the facts mark a credential the workload names that does not exist. */
  missingCredential(namespace: string): Locator {
    return this.page.getByText(`(missing: no secret of this name in ${namespace})`, { exact: true });
  }

  /** A link to the secret page of a credential that exists. */
  credentialLink(secret: string): Locator {
    return this.page.getByRole('link', { name: secret, exact: true });
  }
}
