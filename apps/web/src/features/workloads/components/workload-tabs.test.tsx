import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { renderRoute } from '../../../testing/render-route';

const base = { namespace: 'default', images: ['busybox:1'], imagePullSecrets: [], created: '2026-01-01T00:00:00Z' };
const job = (name: string, status: 'Running' | 'Complete' | 'Failed', reason?: string) => ({
  ...base,
  name,
  completions: status === 'Complete' ? '1/1' : '0/1',
  active: status === 'Running' ? 1 : 0,
  succeeded: status === 'Complete' ? 1 : 0,
  failed: status === 'Failed' ? 7 : 0,
  started: '2026-01-01T00:00:00Z',
  ...(status === 'Running' ? {} : { completed: '2026-01-01T00:00:42Z' }),
  status,
  ...(reason ? { reason } : {}),
});
const cronJob = {
  ...base,
  name: 'nightly',
  schedule: '0 3 * * *',
  suspend: true,
  active: 0,
  concurrencyPolicy: 'Forbid',
  status: 'Suspended',
};
const permissions = {
  createSecrets: true,
  createDeployments: true,
  createStatefulSets: true,
  createDaemonSets: true,
  createJobs: true,
  createCronJobs: false,
  getPodLogs: true,
};

describe('Workloads tabs', () => {
  it("links each kind in CCE's order and marks the one the URL names", async () => {
    fakeBff({ 'GET /api/namespaces/default/statefulsets': { body: { items: [] } } });
    renderRoute('/namespaces/default/workloads?kind=statefulsets');
    const nav = await screen.findByRole('navigation', { name: 'Workload types' });
    const tabs = within(nav).getAllByRole('link');
    expect(tabs.map((t) => [t.textContent, t.getAttribute('href')])).toEqual([
      ['Deployments', '/namespaces/default/workloads'],
      ['StatefulSets', '/namespaces/default/workloads?kind=statefulsets'],
      ['DaemonSets', '/namespaces/default/workloads?kind=daemonsets'],
      ['Jobs', '/namespaces/default/workloads?kind=jobs'],
      ['Cron Jobs', '/namespaces/default/workloads?kind=cronjobs'],
    ]);
    expect(within(nav).getByRole('link', { current: 'page' })).toHaveTextContent('StatefulSets');
    expect(await screen.findByRole('link', { name: 'Create Workload' })).toHaveAttribute(
      'href',
      '/namespaces/default/workloads/create?kind=statefulsets',
    );
  });

  it("renders the Jobs tab's table from its list, with COMPLETIONS, DURATION and why a Job failed", async () => {
    fakeBff({
      'GET /api/namespaces/default/jobs': {
        body: { items: [job('migrate', 'Failed', 'BackoffLimitExceeded'), job('report', 'Complete')] },
      },
    });
    renderRoute('/namespaces/default/workloads?kind=jobs');
    const table = await screen.findByRole('table', { name: 'Workloads' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Name', 'Status', 'COMPLETIONS', 'DURATION', 'Image', 'Age']);
    const migrate = within(table).getByRole('row', { name: /migrate/ });
    expect(migrate).toHaveTextContent('Failed (BackoffLimitExceeded)');
    expect(migrate).toHaveTextContent('42s');
    expect(within(migrate).getByRole('link', { name: 'migrate' })).toHaveAttribute(
      'href',
      '/namespaces/default/workloads/jobs/migrate',
    );
    expect(within(table).getByRole('row', { name: /report/ })).toHaveTextContent('Complete');
  });

  it("asks RBAC about the tab's own kind before offering Create Workload", async () => {
    fakeBff({
      'GET /api/namespaces/default/cronjobs': { body: { items: [cronJob] } },
      'GET /api/namespaces/default/permissions': { body: permissions },
    });
    renderRoute('/namespaces/default/workloads?kind=cronjobs');
    const row = within(await screen.findByRole('table', { name: 'Workloads' })).getByRole('row', { name: /nightly/ });
    expect(row).toHaveTextContent('0 3 * * *');
    expect(row).toHaveTextContent('True');
    expect(row).toHaveTextContent('<none>');
    expect(
      await screen.findByText('Your Kubernetes user may not create CronJobs in namespace default'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create Workload' })).toBeDisabled();
  });
});
