import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PodDetail } from '@berth/contracts';
import { describe, expect, it } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { permissionsAnswer } from '../../../testing/permissions';
import { renderRoute } from '../../../testing/render-route';

const permissions = permissionsAnswer(true);
const imageID = '127.0.0.1:5000/janedoe/awesomeapp@sha256:' + 'a'.repeat(64);
const running: PodDetail = {
  name: 'web-7d4b9c-x2x9z',
  namespace: 'default',
  phase: 'Running',
  status: 'Running',
  node: 'berth-local-node',
  podIP: '127.0.0.1',
  created: '2026-12-01T00:00:00Z',
  owner: { kind: 'Deployment', name: 'web' },
  containers: [
    {
      name: 'setup',
      init: true,
      image: 'busybox',
      imageID,
      state: 'terminated',
      reason: 'Completed',
      exitCode: 0,
      ready: false,
      restarts: 0,
    },
    {
      name: 'web',
      init: false,
      image: '127.0.0.1:5000/janedoe/awesomeapp:v1',
      imageID,
      state: 'running',
      ready: true,
      restarts: 1,
      lastTermination: { reason: 'Error', exitCode: 1 },
    },
  ],
  events: [
    {
      type: 'Normal',
      reason: 'Started',
      message: 'Started container web',
      object: { kind: 'Pod', name: 'web-7d4b9c-x2x9z' },
      count: 1,
      lastSeen: '2026-12-01T00:00:02Z',
    },
  ],
};
const path = '/api/namespaces/default/pods/web-7d4b9c-x2x9z';

describe('Pod detail', () => {
  it('shows the containers with image IDs and last terminations, the events, and the log of the first container', async () => {
    const received = fakeBff({
      'GET /api/namespaces/default/permissions': { body: permissions },
      [`GET ${path}`]: { body: running },
      [`GET ${path}/log`]: { text: `Pulled image "x" in 3 ms: ${imageID}\nStarted container web\n` },
    });
    renderRoute('/namespaces/default/pods/web-7d4b9c-x2x9z');
    expect(await screen.findByRole('heading', { name: 'Pod web-7d4b9c-x2x9z' })).toBeInTheDocument();
    const containers = within(screen.getByRole('table', { name: 'Containers' }));
    expect(containers.getByText('setup (init)')).toBeInTheDocument();
    expect(containers.getByText('Error (exit 1)')).toBeInTheDocument();
    expect(containers.getAllByText(imageID)).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Deployment web' })).toHaveAttribute(
      'href',
      '/namespaces/default/workloads/deployments/web',
    );
    expect(
      within(screen.getByRole('table', { name: 'Pod events' })).getByText('Started container web'),
    ).toBeInTheDocument();
    const log = screen.getByRole('log', { name: 'Log of container web' });
    await waitFor(() => expect(log).toHaveTextContent('Started container web'));
    expect(received.find((r) => r.path.startsWith(`${path}/log`))?.path).toBe(
      `${path}/log?container=web&tailLines=500`,
    );
    expect(screen.getByText('2 lines.')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('button', { name: 'Download' })).toBeEnabled();
  });

  it('asks for the init container, the previous run, timestamps and all lines as the controls say', async () => {
    const received = fakeBff({
      'GET /api/namespaces/default/permissions': { body: permissions },
      [`GET ${path}`]: { body: running },
      [`GET ${path}/log`]: { text: 'line\n' },
    });
    renderRoute('/namespaces/default/pods/web-7d4b9c-x2x9z');
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Container' }), 'setup (init)');
    await user.click(screen.getByRole('checkbox', { name: 'Previous container' }));
    await user.click(screen.getByRole('checkbox', { name: 'Timestamps' }));
    const tail = screen.getByRole('textbox', { name: 'Tail lines' });
    await user.clear(tail);
    await user.type(tail, '2.5');
    expect(screen.getByRole('button', { name: 'Show' })).toBeDisabled();
    expect(tail).toHaveAccessibleDescription('A whole number of lines, at most 999999; empty for all');
    await user.clear(tail);
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() =>
      expect(received.at(-1)?.path).toBe(`${path}/log?container=setup&previous=true&timestamps=true`),
    );
  });

  it('says a container that has not started has no log, with its pull error, instead of a blank box', async () => {
    const failing: PodDetail = {
      ...running,
      status: 'ImagePullBackOff',
      phase: 'Pending',
      containers: [
        {
          name: 'web',
          init: false,
          image: '127.0.0.1:5000/janedoe/awesomeapp:v9',
          state: 'waiting',
          reason: 'ImagePullBackOff',
          message: 'Back-off pulling image "127.0.0.1:5000/janedoe/awesomeapp:v9"',
          ready: false,
          restarts: 0,
        },
      ],
    };
    fakeBff({
      'GET /api/namespaces/default/permissions': { body: permissions },
      [`GET ${path}`]: {
        body: {
          ...failing,
          events: [
            {
              type: 'Warning',
              reason: 'Failed',
              message:
                'Failed to pull image "127.0.0.1:5000/janedoe/awesomeapp:v9": rpc error: code = NotFound desc = failed to pull and unpack image: not found',
              object: { kind: 'Pod', name: 'web-7d4b9c-x2x9z' },
              count: 3,
              lastSeen: '2026-12-01T00:01:00Z',
            },
          ],
        },
      },
      [`GET ${path}/log`]: {
        status: 400,
        body: {
          status: 400,
          reason: 'BadRequest',
          message: 'container "web" in pod "web-7d4b9c-x2x9z" is waiting to start: trying and failing to pull image',
        },
      },
    });
    renderRoute('/namespaces/default/pods/web-7d4b9c-x2x9z');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Container web has not started (ImagePullBackOff), so it has no log yet.');
    expect(alert).toHaveTextContent('Back-off pulling image "127.0.0.1:5000/janedoe/awesomeapp:v9"');
    expect(alert).toHaveTextContent('trying and failing to pull image');
    expect(alert).toHaveTextContent('Last pull error: Failed to pull image "127.0.0.1:5000/janedoe/awesomeapp:v9"');
  });

  it('reads the log at once when a container that had not started starts, without a Reload', async () => {
    let started = false;
    const waiting: PodDetail = {
      ...running,
      containers: [
        {
          name: 'web',
          init: false,
          image: 'nginx',
          state: 'waiting',
          reason: 'ContainerCreating',
          ready: false,
          restarts: 0,
        },
      ],
    };
    fakeBff({
      'GET /api/namespaces/default/permissions': { body: permissions },
      [`GET ${path}`]: () => ({ body: started ? running : waiting }),
      [`GET ${path}/log`]: () =>
        started
          ? { text: 'Started container web\n' }
          : {
              status: 400,
              body: {
                status: 400,
                reason: 'BadRequest',
                message: 'container "web" in pod "web-7d4b9c-x2x9z" is waiting to start: ContainerCreating',
              },
            },
    });
    const { client } = renderRoute('/namespaces/default/pods/web-7d4b9c-x2x9z');
    expect(await screen.findByRole('alert')).toHaveTextContent('Container web has not started (ContainerCreating)');
    started = true;
    // What the stream does when the pod changes: its page is asked again.
    await client.invalidateQueries();
    const log = await screen.findByRole('log', { name: 'Log of container web' });
    await waitFor(() => expect(log).toHaveTextContent('Started container web'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when RBAC does not let the user read logs', async () => {
    fakeBff({
      'GET /api/namespaces/default/permissions': { body: permissionsAnswer(true, { getPodLogs: false }) },
      [`GET ${path}`]: { body: running },
    });
    renderRoute('/namespaces/default/pods/web-7d4b9c-x2x9z');
    expect(await screen.findByText(/may not read logs \(get pods\/log\)/)).toBeInTheDocument();
  });
});
