import type { Locator, Page } from '@playwright/test';

/** The kinds' plural route segments; a Deployment keeps its older address without one. */
export type WorkloadPlural = 'deployments' | 'statefulsets' | 'daemonsets' | 'jobs' | 'cronjobs';

/** Any kind's detail page: name and status in its header, its facts, pods, a CronJob's Jobs, and the Pending reason. */
export class KindDetailPage {
  readonly heading: Locator;
  /** The header beside the name, where the console status (and its reason) shows. */
  readonly header: Locator;
  readonly pods: Locator;
  /** A CronJob's Jobs, newest first. */
  readonly jobs: Locator;
  /** A CronJob's "Run now": a Job from its template, off schedule. */
  readonly runNow: Locator;

  constructor(
    readonly page: Page,
    readonly name: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name, exact: true });
    this.header = this.heading.locator('..');
    this.pods = page.getByRole('table', { name: 'Pods' });
    this.jobs = page.getByRole('table', { name: 'Jobs' });
    this.runNow = page.getByRole('button', { name: 'Run now', exact: true });
  }

  /** The path the console opens after creating `name` of that kind. */
  static path(namespace: string, plural: WorkloadPlural, name: string): string {
    return `/namespaces/${namespace}/workloads/${plural === 'deployments' ? '' : `${plural}/`}${name}`;
  }

  /** The console status word (Running, Complete, Scheduled…) in the header. */
  status(word: string): Locator {
    return this.header.getByText(word, { exact: true });
  }

  /** The value of a fact (`Pods (READY)`, `COMPLETIONS`…): the definition after its term. */
  fact(term: string): Locator {
    return this.page
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${term.replace(/[()]/g, '\\$&')}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }

  /** Rows of the Pods table with a cell reading exactly `text` (a phase, or a reason). */
  podsWith(text: string): Locator {
    return this.pods.getByRole('row').filter({ has: this.page.getByRole('cell', { name: text, exact: true }) });
  }

  /** The scheduler's reason for a pod no node can take, as the console explains it. */
  pending(): Locator {
    return this.page.getByRole('alert', { name: /^Pending: / });
  }
}
