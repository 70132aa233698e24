import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { renderRoute } from '../../../testing/render-route';
import { permissionsAnswer } from '../../../testing/permissions';

const image = 'www.example.com/janedoe/awesomeapp:v1';
const failing = {
  name: 'foo',
  namespace: 'default',
  ready: '0/1',
  upToDate: 1,
  available: 0,
  images: [image],
  imagePullSecrets: ['test'],
  status: 'Failed',
  reason: 'ImagePullBackOff',
  created: '2026-01-01T00:00:00Z',
  replicas: 1,
  conditions: [
    {
      type: 'Available',
      status: 'False',
      reason: 'MinimumReplicasUnavailable',
      message: 'Deployment does not have minimum availability.',
    },
  ],
  pods: [
    {
      name: 'foo-6d4b7c9f8-abcde',
      phase: 'Pending',
      node: 'berth-node',
      created: '2026-01-01T00:00:01Z',
      containers: [
        {
          name: 'foo',
          image,
          ready: false,
          restarts: 0,
          state: 'waiting',
          reason: 'ImagePullBackOff',
          message: 'HTTP 401: unauthorized: authentication required',
        },
      ],
    },
  ],
  // Newest first, as the BFF orders them (newestEventsFirst); the table keeps that order.
  events: [
    {
      type: 'Warning',
      reason: 'Failed',
      message: 'Failed to pull image: unauthorized',
      object: { kind: 'Pod', name: 'foo-6d4b7c9f8-abcde' },
      count: 3,
      lastSeen: '2026-01-01T00:05:00Z',
    },
    {
      type: 'Normal',
      reason: 'Scheduled',
      message: 'Successfully assigned',
      object: { kind: 'Pod', name: 'foo-6d4b7c9f8-abcde' },
      count: 1,
      lastSeen: '2026-01-01T00:00:02Z',
    },
  ],
};

const pullSecret = (name: string, server: string) => ({
  name,
  namespace: 'default',
  type: 'kubernetes.io/dockerconfigjson',
  dataCount: 1,
  created: '2026-01-01T00:00:00Z',
  registries: [{ server, username: 'janedoe' }],
});

describe('Workload detail', () => {
  it('does not blame a password when no selected credential covers the image registry', async () => {
    fakeBff({
      'GET /api/namespaces/default/deployments/foo': { body: failing },
      'GET /api/namespaces/default/secrets': { body: { items: [pullSecret('test', '127.0.0.1:5000')] } },
    });
    renderRoute('/namespaces/default/workloads/foo');
    const explainer = await screen.findByRole('alert', {
      name: 'None of the selected credentials covers www.example.com',
    });
    expect(explainer).not.toHaveTextContent(/password/);
    const create = within(explainer).getByRole('link', { name: 'Create Secret for www.example.com' });
    expect(new URLSearchParams(create.getAttribute('href')?.split('?')[1]).get('registry')).toBe('www.example.com');
  });

  it('marks a credential that was deleted as missing, not as a normal link', async () => {
    fakeBff({
      'GET /api/namespaces/default/deployments/foo': { body: failing },
      'GET /api/namespaces/default/secrets': { body: { items: [] } },
    });
    renderRoute('/namespaces/default/workloads/foo');
    expect(await screen.findByText('(missing: no secret of this name in default)')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'test' })).not.toBeInTheDocument();
    const explainer = screen.getByRole('alert', { name: 'An image pull secret is missing in the namespace' });
    const create = within(explainer).getByRole('link', { name: 'Create Secret' });
    expect(Object.fromEntries(new URLSearchParams(create.getAttribute('href')?.split('?')[1]))).toEqual({
      create: '1',
      name: 'test',
      registry: 'www.example.com',
      returnTo: '/namespaces/default/workloads/foo',
    });
  });

  it('offers Retry now where pods are in back-off, and replaces them', async () => {
    const received = fakeBff({
      'GET /api/namespaces/default/deployments/foo': { body: failing },
      'POST /api/namespaces/default/deployments/foo/retry-pulls': { body: { deleted: ['foo-6d4b7c9f8-abcde'] } },
    });
    renderRoute('/namespaces/default/workloads/foo');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Retry now' }));
    await waitFor(() => expect(received.some((r) => r.path.endsWith('/retry-pulls'))).toBe(true));
    expect(await screen.findByText('Replaced 1 pod')).toBeInTheDocument();
  });

  it('disables Retry now, saying why, when RBAC refuses deleting pods', async () => {
    fakeBff({
      'GET /api/namespaces/default/deployments/foo': { body: failing },
      'GET /api/namespaces/default/permissions': {
        body: permissionsAnswer(true, { deletePods: false }),
      },
    });
    renderRoute('/namespaces/default/workloads/foo');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Retry now' })).toBeDisabled());
    expect(screen.getByText('Your Kubernetes user may not delete pods in namespace default')).toBeInTheDocument();
  });

  it('explains a refused pull with the fix one click away', async () => {
    fakeBff({ 'GET /api/namespaces/default/deployments/foo': { body: failing } });
    renderRoute('/namespaces/default/workloads/foo');
    const explainer = await screen.findByRole('alert', { name: 'The registry refused the credentials' });
    expect(within(explainer).getByRole('link', { name: 'Edit secret test' })).toHaveAttribute(
      'href',
      '/namespaces/default/secrets/test?edit=1&returnTo=%2Fnamespaces%2Fdefault%2Fworkloads%2Ffoo',
    );
    const user = userEvent.setup();
    await user.click(within(explainer).getByRole('button', { name: 'Pick another credential' }));
    expect(await screen.findByRole('group', { name: 'Image Access Credential' })).toBeInTheDocument();
  });

  it('shows pods, conditions and events in the order the BFF gives (newest first)', async () => {
    fakeBff({ 'GET /api/namespaces/default/deployments/foo': { body: failing } });
    renderRoute('/namespaces/default/workloads/foo');
    const pods = await screen.findByRole('table', { name: 'Pods' });
    expect(within(pods).getByText('HTTP 401: unauthorized: authentication required')).toBeInTheDocument();
    expect(within(pods).getByText('berth-node')).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'Events' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Failed');
    expect(rows[2]).toHaveTextContent('Scheduled');
    expect(
      within(screen.getByRole('table', { name: 'Conditions' })).getByText('MinimumReplicasUnavailable'),
    ).toBeInTheDocument();
  });

  it('edits the image when the tag does not exist', async () => {
    const notFound = structuredClone(failing);
    notFound.pods[0]!.containers[0]!.message = 'manifest unknown: manifest tagged by "v1" is not found';
    const received = fakeBff({
      'GET /api/namespaces/default/deployments/foo': { body: notFound },
      'PATCH /api/namespaces/default/deployments/foo': { body: { name: 'foo' } },
    });
    renderRoute('/namespaces/default/workloads/foo');
    const explainer = await screen.findByRole('alert', { name: 'The tag or repository does not exist' });
    const user = userEvent.setup();
    await user.click(within(explainer).getByRole('button', { name: 'Edit image' }));
    const input = screen.getByLabelText('Image of container foo');
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.type(input, 'www.example.com/janedoe/awesomeapp:v2');
    await user.click(screen.getByRole('button', { name: 'Save image' }));
    await waitFor(() =>
      expect(received.find((r) => r.method === 'PATCH')?.body).toEqual({
        image: { container: 'foo', image: 'www.example.com/janedoe/awesomeapp:v2' },
      }),
    );
  });

  it('scales', async () => {
    const received = fakeBff({
      'GET /api/namespaces/default/deployments/foo': { body: failing },
      'PATCH /api/namespaces/default/deployments/foo': { body: { name: 'foo' } },
    });
    renderRoute('/namespaces/default/workloads/foo');
    const user = userEvent.setup();
    const pods = await screen.findByRole('spinbutton', { name: 'Pods' });
    await user.clear(pods);
    await user.type(pods, '3');
    await user.click(screen.getByRole('button', { name: 'Scale' }));
    await waitFor(() => expect(received.find((r) => r.method === 'PATCH')?.body).toEqual({ replicas: 3 }));
  });

  it.each([
    ['-1', 'Pods must be at least 0'],
    ['2.5', 'Pods must be a whole number'],
    ['', 'Enter a number of pods'],
    ['1000000', 'Pods must be at most 1000'],
  ])('refuses to scale to %j, saying why, and sends nothing', async (typed, why) => {
    const received = fakeBff({ 'GET /api/namespaces/default/deployments/foo': { body: failing } });
    renderRoute('/namespaces/default/workloads/foo');
    const user = userEvent.setup();
    const pods = await screen.findByRole('spinbutton', { name: 'Pods' });
    await user.clear(pods);
    if (typed !== '') await user.type(pods, typed);
    await user.click(screen.getByRole('button', { name: 'Scale' }));
    expect(screen.getByText(why)).toHaveAttribute('role', 'alert');
    expect(pods).toHaveAttribute('aria-invalid', 'true');
    expect(pods).toHaveAccessibleDescription(why);
    expect(received.some((r) => r.method === 'PATCH')).toBe(false);
  });

  it('deletes after a confirmation', async () => {
    const received = fakeBff({
      'GET /api/namespaces/default/deployments/foo': { body: failing },
      'DELETE /api/namespaces/default/deployments/foo': { status: 204 },
      'GET /api/namespaces/default/deployments': { body: { items: [] } },
    });
    const { router } = renderRoute('/namespaces/default/workloads/foo');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete workload foo?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/namespaces/default/workloads'));
    expect(received.some((r) => r.method === 'DELETE')).toBe(true);
  });
});
