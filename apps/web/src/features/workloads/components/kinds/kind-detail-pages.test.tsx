import type { ContainerStatus } from '@berth/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBff } from '../../../../testing/fake-bff';
import { renderRoute } from '../../../../testing/render-route';
import { permissionsAnswer } from '../../../../testing/permissions';

const base = { namespace: 'default', images: ['busybox:1'], imagePullSecrets: [], created: '2026-01-01T00:00:00Z' };
const pod = (
  name: string,
  container: ContainerStatus = { name: 'main', image: 'busybox:1', ready: true, restarts: 0, state: 'running' },
) => ({
  name,
  phase: 'Running',
  created: '2026-01-01T00:00:00Z',
  containers: [container],
});
const none = { conditions: [], events: [] };

describe('workload detail pages of the other kinds', () => {
  it('says why a Job failed: its reason and message, and how many pods failed', async () => {
    fakeBff({
      'GET /api/namespaces/default/jobs/migrate': {
        body: {
          ...base,
          ...none,
          name: 'migrate',
          completions: '0/1',
          active: 0,
          succeeded: 0,
          failed: 7,
          started: '2026-01-01T00:00:00Z',
          completed: '2026-01-01T00:01:30Z',
          status: 'Failed',
          reason: 'BackoffLimitExceeded',
          message: 'Job has reached the specified backoff limit',
          parallelism: 1,
          backoffLimit: 6,
          pods: [],
        },
      },
    });
    renderRoute('/namespaces/default/workloads/jobs/migrate');
    expect(await screen.findByRole('heading', { level: 1, name: 'migrate' })).toBeInTheDocument();
    expect(screen.getByText('Failed').parentElement).toHaveTextContent('Failed (BackoffLimitExceeded)');
    expect(screen.getByText('Job has reached the specified backoff limit')).toBeInTheDocument();
    expect(screen.getByText('0 active, 0 succeeded, 7 failed')).toBeInTheDocument();
    expect(screen.getByText('1m30s')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Workloads / Jobs' })).toHaveAttribute(
      'href',
      '/namespaces/default/workloads?kind=jobs',
    );
  });

  it('suspends a CronJob with a PATCH of spec.suspend, and lists the Jobs it made', async () => {
    const received = fakeBff({
      'GET /api/namespaces/default/cronjobs/nightly': {
        body: {
          ...base,
          ...none,
          name: 'nightly',
          schedule: '0 3 * * *',
          suspend: false,
          active: 0,
          concurrencyPolicy: 'Forbid',
          status: 'Scheduled',
          jobs: [{ name: 'nightly-29410', status: 'Complete', completions: '1/1', started: '2026-01-01T03:00:00Z' }],
          pods: [],
        },
      },
      'PATCH /api/namespaces/default/cronjobs/nightly': { body: { name: 'nightly' } },
    });
    renderRoute('/namespaces/default/workloads/cronjobs/nightly');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Suspend' }));
    await waitFor(() => expect(received.find((r) => r.method === 'PATCH')?.body).toEqual({ suspend: true }));
    const jobs = screen.getByRole('table', { name: 'Jobs' });
    expect(within(jobs).getByRole('link', { name: 'nightly-29410' })).toHaveAttribute(
      'href',
      '/namespaces/default/workloads/jobs/nightly-29410',
    );
    expect(screen.getByText(/03:00 UTC/)).toBeInTheDocument();
  });

  const nightly = (jobs: { name: string; status: string; completions: string }[]) => ({
    body: {
      ...base,
      ...none,
      name: 'nightly',
      schedule: '0 3 * * *',
      suspend: false,
      active: 0,
      concurrencyPolicy: 'Forbid',
      status: 'Scheduled',
      jobs,
      pods: [],
    },
  });

  it('runs a CronJob now with a POST to its jobs, and its Jobs table then lists the new Job', async () => {
    const run = { name: 'nightly-manual-x7k2q', status: 'Running', completions: '0/1' };
    let posted = false;
    const received = fakeBff({
      'GET /api/namespaces/default/cronjobs/nightly': () => nightly(posted ? [run] : []),
      'POST /api/namespaces/default/cronjobs/nightly/jobs': () => {
        posted = true;
        return { status: 201, body: run };
      },
    });
    renderRoute('/namespaces/default/workloads/cronjobs/nightly');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Run now' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Job nightly-manual-x7k2q started'));
    expect(received.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([{}]);
    const jobs = screen.getByRole('table', { name: 'Jobs' });
    expect(await within(jobs).findByRole('link', { name: 'nightly-manual-x7k2q' })).toBeInTheDocument();
  });

  it('disables Run now, saying why, for a user who may not create Jobs', async () => {
    const received = fakeBff({
      'GET /api/namespaces/default/cronjobs/nightly': nightly([]),
      'GET /api/namespaces/default/permissions': {
        body: permissionsAnswer(true, { createJobs: false }),
      },
    });
    renderRoute('/namespaces/default/workloads/cronjobs/nightly');
    const button = await screen.findByRole('button', { name: 'Run now' });
    await waitFor(() => expect(button).toBeDisabled());
    expect(button).toHaveAccessibleDescription('Your Kubernetes user may not create jobs in namespace default');
    expect(received.some((r) => r.method === 'POST')).toBe(false);
  });

  it("shows a StatefulSet's pods in ordinal order, not string order", async () => {
    fakeBff({
      'GET /api/namespaces/default/statefulsets/web': {
        body: {
          ...base,
          ...none,
          name: 'web',
          ready: '4/4',
          current: 4,
          updated: 4,
          serviceName: 'web-headless',
          status: 'Running',
          replicas: 4,
          pods: [pod('web-10'), pod('web-2'), pod('web-0'), pod('web-1')],
        },
      },
    });
    renderRoute('/namespaces/default/workloads/statefulsets/web');
    const rows = within(await screen.findByRole('table', { name: 'Pods' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((r) => r.firstChild?.textContent)).toEqual(['web-0', 'web-1', 'web-2', 'web-10']);
    expect(screen.getByText('web-headless')).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Pods' })).toHaveValue(4);
  });

  it("lists the Services selecting a StatefulSet's pod template labels, whatever its name", async () => {
    const service = (name: string, selector: Record<string, string>) => ({
      name,
      namespace: 'default',
      type: 'ClusterIP',
      clusterIP: '10.0.0.7',
      ports: [{ protocol: 'TCP', port: 5432, targetPort: 5432 }],
      selector,
      created: '2026-01-01T00:00:00Z',
    });
    fakeBff({
      'GET /api/namespaces/default/statefulsets/db': {
        body: {
          ...base,
          ...none,
          name: 'db',
          ready: '1/1',
          current: 1,
          updated: 1,
          serviceName: 'db-headless',
          status: 'Running',
          replicas: 1,
          pods: [pod('db-0')],
          // Made with kubectl: its pods are labelled by their role, not `app: db`.
          podLabels: { role: 'postgres' },
          containerPorts: [{ containerPort: 5432, protocol: 'TCP', name: 'pg' }],
        },
      },
      'GET /api/namespaces/default/services': {
        body: { items: [service('postgres', { role: 'postgres' }), service('db', { app: 'db' })] },
      },
    });
    renderRoute('/namespaces/default/workloads/statefulsets/db');
    const services = await screen.findByRole('table', { name: 'Services' });
    expect(await within(services).findByRole('cell', { name: 'postgres' })).toBeInTheDocument();
    expect(within(services).queryByRole('cell', { name: 'db' })).not.toBeInTheDocument();
  });

  it("explains a DaemonSet's refused pull as for a Deployment, and Delete goes back to its tab", async () => {
    const received = fakeBff({
      'GET /api/namespaces/default/daemonsets/agent': {
        body: {
          ...base,
          ...none,
          name: 'agent',
          desired: 1,
          current: 1,
          ready: 0,
          upToDate: 1,
          available: 0,
          status: 'Failed',
          reason: 'ImagePullBackOff',
          imagePullSecrets: ['test'],
          pods: [
            pod('agent-x2k9d', {
              name: 'main',
              image: 'www.example.com/janedoe/agent:v1',
              ready: false,
              restarts: 0,
              state: 'waiting',
              reason: 'ImagePullBackOff',
              message: 'HTTP 401: unauthorized: authentication required',
            }),
          ],
        },
      },
      'DELETE /api/namespaces/default/daemonsets/agent': { status: 204 },
      'GET /api/namespaces/default/daemonsets': { body: { items: [] } },
    });
    const { router } = renderRoute('/namespaces/default/workloads/daemonsets/agent');
    expect(await screen.findByRole('alert', { name: 'The registry refused the credentials' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(router.state.location.search).toBe('?kind=daemonsets'));
    expect(received.some((r) => r.method === 'DELETE' && r.path.endsWith('/daemonsets/agent'))).toBe(true);
  });
});
