import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { renderRoute } from '../../../testing/render-route';

const detail = {
  name: 'test',
  namespace: 'default',
  type: 'kubernetes.io/dockerconfigjson',
  dataCount: 1,
  created: '2026-01-01T00:00:00Z',
  registries: [{ server: 'www.example.com', username: 'ssl', email: 'example@123.com' }],
  usedBy: { deployments: ['foo'], serviceAccounts: ['default'] },
};

const users = {
  workloads: [
    { kind: 'Deployment', name: 'foo' },
    { kind: 'Deployment', name: 'bar', serviceAccount: 'default' },
  ],
  serviceAccounts: ['default'],
  hidden: [],
};
const sharing = {
  'GET /api/namespaces/default/secrets/test/users': { body: users },
  'GET /api/namespaces/default/serviceaccounts': {
    body: {
      items: [
        { name: 'builder', imagePullSecrets: [] },
        { name: 'default', imagePullSecrets: ['test'] },
      ],
    },
  },
  'GET /api/namespaces/default/secrets/test/copies': {
    body: {
      source: { type: 'kubernetes.io/dockerconfigjson', registries: [] },
      notCompared: 0,
      copies: [
        { namespace: 'team-a', state: 'same', registries: [], differences: [] },
        {
          namespace: 'team-b',
          state: 'differs',
          registries: [],
          differences: ['password for www.example.com differs'],
        },
      ],
    },
  },
  'GET /api/namespaces': { body: { items: [{ name: 'default' }, { name: 'team-a' }, { name: 'team-b' }] } },
};

describe('Secret detail', () => {
  it('shows registries and who uses it, and names them before deleting', async () => {
    const received = fakeBff({
      'GET /api/namespaces/default/secrets/test': { body: detail },
      'DELETE /api/namespaces/default/secrets/test': { status: 200, body: {} },
      'GET /api/namespaces/default/secrets': { body: { items: [] } },
      ...sharing,
    });
    const { router } = renderRoute('/namespaces/default/secrets/test');
    expect(await screen.findByRole('heading', { name: 'test' })).toBeInTheDocument();
    const registries = within(screen.getByRole('table', { name: 'Registries' }));
    expect(registries.getByText('www.example.com')).toBeInTheDocument();
    expect(registries.getByText('example@123.com')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'foo' })).toHaveAttribute(
      'href',
      '/namespaces/default/workloads/deployments/foo',
    );
    expect(screen.getByRole('list', { name: 'Used by' })).toHaveTextContent(
      'Deployment bar (through ServiceAccount default)',
    );
    const copies = within(await screen.findByRole('table', { name: 'Copies' }));
    expect(copies.getByText('Differs: password for www.example.com differs')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete secret test?' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Still used by workload foo, service account default');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/namespaces/default/secrets'));
    expect(received.some((r) => r.method === 'DELETE')).toBe(true);
  });

  it('rotates a password; an empty password keeps the stored one, the stored email stays', async () => {
    const received = fakeBff({
      'GET /api/namespaces/default/secrets/test': {
        body: { ...detail, registries: [...detail.registries, { server: 'r2.io', username: 'bot' }] },
      },
      'PUT /api/namespaces/default/secrets/test': { body: detail },
      ...sharing,
    });
    renderRoute('/namespaces/default/secrets/test');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit secret test' });
    const [first] = within(dialog).getAllByLabelText(/^\*?\s*Password$/);
    await user.type(first!, 'new-password');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(received.find((r) => r.method === 'PUT')?.body).toEqual({
      registries: [
        { server: 'www.example.com', username: 'ssl', password: 'new-password', email: 'example@123.com' },
        { server: 'r2.io', username: 'bot' },
      ],
    });
  });

  it('links the secret to a chosen ServiceAccount and unlinks it from another', async () => {
    const received = fakeBff({
      'GET /api/namespaces/default/secrets/test': { body: detail },
      ...sharing,
      'PUT /api/namespaces/default/serviceaccounts/builder/image-pull-secrets/test': {
        body: { name: 'builder', imagePullSecrets: ['test'] },
      },
      'DELETE /api/namespaces/default/serviceaccounts/default/image-pull-secrets/test': {
        body: { name: 'default', imagePullSecrets: [] },
      },
    });
    renderRoute('/namespaces/default/secrets/test');
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('ServiceAccount'), 'builder');
    await user.click(screen.getByRole('button', { name: 'Link to ServiceAccount' }));
    await user.click(screen.getByRole('button', { name: 'Unlink from default' }));
    await waitFor(() =>
      expect(received.map((r) => `${r.method} ${r.path}`)).toEqual(
        expect.arrayContaining([
          'PUT /api/namespaces/default/serviceaccounts/builder/image-pull-secrets/test',
          'DELETE /api/namespaces/default/serviceaccounts/default/image-pull-secrets/test',
        ]),
      ),
    );
  });

  it('edits a legacy dockercfg secret in its type, converting it only when asked', async () => {
    const legacy = { ...detail, type: 'kubernetes.io/dockercfg' };
    const received = fakeBff({
      'GET /api/namespaces/default/secrets/test': { body: legacy },
      'PUT /api/namespaces/default/secrets/test': { body: legacy },
      ...sharing,
    });
    renderRoute('/namespaces/default/secrets/test');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit secret test' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(received.filter((r) => r.method === 'PUT')).toHaveLength(1));
    expect(received.find((r) => r.method === 'PUT')?.body).not.toHaveProperty('convertTo');
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const again = await screen.findByRole('dialog', { name: 'Edit secret test' });
    await user.click(within(again).getByRole('checkbox', { name: /Convert to kubernetes.io\/dockerconfigjson/ }));
    await user.click(within(again).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(received.filter((r) => r.method === 'PUT')).toHaveLength(2));
    expect(received.filter((r) => r.method === 'PUT')[1]?.body).toMatchObject({
      convertTo: 'kubernetes.io/dockerconfigjson',
    });
  });

  it('says plainly when the user may not read it', async () => {
    fakeBff({
      'GET /api/namespaces/team-b/secrets': {
        status: 403,
        body: {
          status: 403,
          reason: 'Forbidden',
          message: 'secrets is forbidden: User "jane" cannot list resource "secrets" in namespace "team-b"',
        },
      },
    });
    renderRoute('/namespaces/team-b/secrets');
    expect(await screen.findByText('You cannot list secrets in namespace team-b.')).toBeInTheDocument();
  });

  it.each([
    [
      'goes back to the workload that linked here',
      '/namespaces/default/workloads/web',
      '/namespaces/default/workloads/web',
    ],
    [
      'stays for a returnTo that is not a console page',
      'https://evil.example/namespaces/x',
      '/namespaces/default/secrets/test',
    ],
  ])('?edit=1 opens Edit at once; once saved it %s', async (_, returnTo, landing) => {
    fakeBff({
      'GET /api/namespaces/default/secrets/test': { body: detail },
      'PUT /api/namespaces/default/secrets/test': { body: detail },
      'GET /api/namespaces/default/deployments/web': {
        status: 404,
        body: { status: 404, reason: 'NotFound', message: 'gone' },
      },
    });
    const { router } = renderRoute(`/namespaces/default/secrets/test?edit=1&returnTo=${encodeURIComponent(returnTo)}`);
    const dialog = await screen.findByRole('dialog', { name: 'Edit secret test' });
    const user = userEvent.setup();
    await user.type(within(dialog).getByLabelText(/^\*?\s*Password$/), 'fixed');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(landing));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
