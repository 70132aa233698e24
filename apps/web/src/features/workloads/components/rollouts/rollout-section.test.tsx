import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBff } from '../../../../testing/fake-bff';
import { renderRoute } from '../../../../testing/render-route';
import { permissionsAnswer } from '../../../../testing/permissions';

const v1 = 'r.example.com/app:v1';
const v2 = 'r.example.com/app:v2';
const detail = (paused = false) => ({
  name: 'web',
  namespace: 'default',
  ready: '1/2',
  upToDate: 1,
  available: 1,
  images: [v2],
  imagePullSecrets: ['cred-b'],
  status: 'Processing',
  created: '2026-01-01T00:00:00Z',
  rollout: {
    desired: 2,
    updated: 1,
    total: 3,
    // Both old pods and the new one are ready.
    ready: 3,
    available: 3,
    observed: true,
    strategy: 'RollingUpdate',
    paused,
  },
  replicas: 2,
  conditions: [],
  pods: [],
  events: [],
});
const revision = (n: number, image: string, secret: string, current: boolean) => ({
  revision: n,
  source: `web-${n}`,
  containers: [{ name: 'app', image }],
  initContainers: [],
  imagePullSecrets: [secret],
  created: '2026-01-01T00:00:00Z',
  current,
  ...(n === 2 ? { changeCause: 'image v2' } : {}),
});
const history = (paused = false) => ({
  kind: 'Deployment',
  name: 'web',
  paused,
  revisions: [revision(2, v2, 'cred-b', true), revision(1, v1, 'cred-a', false)],
});
const base = '/api/namespaces/default/deployments/web';

describe('RolloutSection', () => {
  it("shows progress as kubectl rollout status says it, and each revision's images, credentials and change cause", async () => {
    fakeBff({ [`GET ${base}`]: { body: detail() }, [`GET ${base}/revisions`]: { body: history() } });
    renderRoute('/namespaces/default/workloads/web');
    const section = await screen.findByRole('region', { name: 'Rollout' });
    expect(within(section).getByRole('progressbar', { name: 'New pods ready' })).toHaveAttribute('value', '1');
    expect(
      within(section).getByText(
        'Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...',
      ),
    ).toHaveAttribute('role', 'status');
    expect(within(section).getByText('Old pods left').nextElementSibling).toHaveTextContent('2');
    const rows = within(await within(section).findByRole('table', { name: 'Revisions' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(`2 (current)${v2}cred-b`);
    expect(rows[1]).toHaveTextContent('image v2');
    expect(rows[2]).toHaveTextContent(`1${v1}cred-a`);
  });

  it('rolls back after a confirmation naming what changes, image A → B', async () => {
    const received = fakeBff({
      [`GET ${base}`]: { body: detail() },
      [`GET ${base}/revisions`]: { body: history() },
      [`POST ${base}/rollback`]: { body: { result: 'rolled back', message: 'rolled back' } },
    });
    renderRoute('/namespaces/default/workloads/web');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Roll back to this revision (1)' }));
    const dialog = screen.getByRole('dialog', { name: 'Roll back web to revision 1?' });
    const changes = within(dialog).getByRole('list', { name: 'What changes' });
    expect(changes).toHaveTextContent(`app: ${v2} → ${v1}`);
    expect(changes).toHaveTextContent('Image Access Credential: cred-b → cred-a');
    await user.click(within(dialog).getByRole('button', { name: 'Roll back' }));
    await waitFor(() => expect(received.find((r) => r.method === 'POST')?.body).toEqual({ revision: 1 }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it("shows the BFF's refusal in the dialog", async () => {
    fakeBff({
      [`GET ${base}`]: { body: detail() },
      [`GET ${base}/revisions`]: { body: history() },
      [`POST ${base}/restart`]: {
        status: 403,
        body: { status: 403, reason: 'Forbidden', message: 'alice cannot patch deployments in namespace default' },
      },
    });
    renderRoute('/namespaces/default/workloads/web');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Restart' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Restart web?' })).getByRole('button', { name: 'Restart' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('alice cannot patch deployments');
  });

  it('offers Resume for a paused Deployment, with restart and roll back disabled until then', async () => {
    const received = fakeBff({
      [`GET ${base}`]: { body: detail(true) },
      [`GET ${base}/revisions`]: { body: history(true) },
      [`POST ${base}/resume`]: { body: { result: 'resumed', message: 'resumed' } },
    });
    renderRoute('/namespaces/default/workloads/web');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Resume' }));
    expect(screen.getByRole('button', { name: 'Restart' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Roll back to this revision (1)' })).toBeDisabled();
    await waitFor(() => expect(received.some((r) => r.method === 'POST' && r.path === `${base}/resume`)).toBe(true));
  });

  it('disables the actions for a user who may not patch the workload', async () => {
    fakeBff({
      [`GET ${base}`]: { body: detail() },
      [`GET ${base}/revisions`]: { body: history() },
      'GET /api/namespaces/default/permissions': {
        body: permissionsAnswer(true, { patchDeployments: false }),
      },
    });
    renderRoute('/namespaces/default/workloads/web');
    expect(await screen.findByRole('button', { name: 'Roll back to this revision (1)' })).toBeDisabled();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Restart' })).toBeDisabled());
    expect(screen.getByRole('button', { name: 'Pause' })).toBeDisabled();
  });

  it('offers a StatefulSet restart and roll back, but no pause: kubectl pauses Deployments only', async () => {
    const sts = '/api/namespaces/default/statefulsets/db';
    const received = fakeBff({
      [`GET ${sts}`]: {
        body: {
          name: 'db',
          namespace: 'default',
          ready: '1/1',
          current: 1,
          updated: 1,
          serviceName: 'db',
          images: [v2],
          imagePullSecrets: ['cred-b'],
          status: 'Running',
          created: '2026-01-01T00:00:00Z',
          rollout: {
            desired: 1,
            updated: 1,
            total: 1,
            ready: 1,
            available: 1,
            observed: true,
            strategy: 'RollingUpdate',
          },
          replicas: 1,
          conditions: [],
          pods: [],
          events: [],
        },
      },
      [`GET ${sts}/revisions`]: { body: { ...history(), kind: 'StatefulSet', name: 'db', paused: undefined } },
      [`POST ${sts}/restart`]: { body: { result: 'restarted', message: 'restarted' } },
    });
    renderRoute('/namespaces/default/workloads/statefulsets/db');
    const section = await screen.findByRole('region', { name: 'Rollout' });
    expect(await within(section).findByText('statefulset rolling update complete 1 pods...')).toBeVisible();
    expect(within(section).queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Roll back to this revision (1)' })).toBeEnabled();
    const user = userEvent.setup();
    await user.click(within(section).getByRole('button', { name: 'Restart' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Restart db?' })).getByRole('button', { name: 'Restart' }),
    );
    await waitFor(() => expect(received.some((r) => r.method === 'POST' && r.path === `${sts}/restart`)).toBe(true));
  });
});
