import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { renderRoute } from '../../../testing/render-route';

const summary = (name: string, type: string, servers: string[]) => ({
  name,
  namespace: 'default',
  type,
  dataCount: 1,
  created: '2026-01-01T00:00:00Z',
  registries: servers.map((server) => ({ server, username: `${name}-user` })),
});
const secrets = [
  summary('test', 'kubernetes.io/dockerconfigjson', ['www.example.com']),
  summary('hub', 'kubernetes.io/dockerconfigjson', ['https://index.docker.io/v1/']),
  summary('app-config', 'Opaque', []),
];

function open(routes: Parameters<typeof fakeBff>[0] = {}) {
  const received = fakeBff({ 'GET /api/namespaces/default/secrets': { body: { items: secrets } }, ...routes });
  const view = renderRoute('/namespaces/default/workloads/create');
  return { ...view, received, user: userEvent.setup() };
}

describe('Create Workload', () => {
  it('validates the Workload Name as a DNS label while typing', async () => {
    const { user } = open();
    await user.type(await screen.findByLabelText(/Workload Name/), 'Foo.bar');
    expect(await screen.findByText(/uppercase letters are not allowed; use lowercase/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Workload Name/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('marks Image Tag invalid when its error shows, and points at the error', async () => {
    const { user } = open();
    await user.type(await screen.findByLabelText(/Container Name/), 'web');
    await user.type(screen.getByLabelText(/Image Name/), 'nginx:1.27');
    const tag = screen.getByLabelText('Image Tag');
    await user.type(tag, 'latest');
    const error = await screen.findByText('the image already names a tag or digest; leave this empty');
    expect(tag).toHaveAttribute('aria-invalid', 'true');
    expect(tag.getAttribute('aria-describedby')).toContain(error.id);
  });

  it('marks Pods invalid when its error shows', async () => {
    const { user } = open();
    const pods = await screen.findByRole('spinbutton', { name: /Pods/ });
    await user.clear(pods);
    await user.type(pods, '5000');
    await waitFor(() => expect(pods).toHaveAttribute('aria-invalid', 'true'));
    expect(pods).toHaveAccessibleDescription(/.+/);
  });

  it("explains where an image without a registry is pulled from (the seed's caution)", async () => {
    const { user } = open();
    await user.type(await screen.findByLabelText(/Image Name/), 'nginx');
    await user.type(screen.getByLabelText('Image Tag'), 'latest');
    expect(screen.getByText('nginx:latest is pulled from docker.io/library/nginx:latest')).toBeInTheDocument();
  });

  it('lists only pull secrets, with the registries each covers', async () => {
    open();
    const picker = await screen.findByRole('group', { name: 'Image Access Credential' });
    expect(await within(picker).findByRole('checkbox', { name: 'test' })).toHaveAccessibleDescription(
      'www.example.com',
    );
    expect(within(picker).getByRole('checkbox', { name: 'hub' })).toBeInTheDocument();
    expect(within(picker).queryByRole('checkbox', { name: 'app-config' })).not.toBeInTheDocument();
    expect(picker).toHaveAccessibleDescription(/replaces the service account's default image pull secrets/);
  });

  it('names the credential the kubelet will use, and warns when none covers the registry', async () => {
    const { user } = open();
    await user.type(await screen.findByLabelText(/Image Name/), 'www.example.com/janedoe/awesomeapp');
    // The only credential covering www.example.com was selected for the user; they choose another instead.
    await user.click(await screen.findByRole('checkbox', { name: 'test', checked: true }));
    await user.click(screen.getByRole('checkbox', { name: 'hub' }));
    expect(screen.getByRole('alert')).toHaveTextContent('None of the selected credentials covers www.example.com');
    await user.click(screen.getByRole('checkbox', { name: 'test' }));
    expect(screen.queryByText(/None of the selected credentials/)).not.toBeInTheDocument();
    expect(
      screen.getByText(/The kubelet will use credential test \(www.example.com as test-user\)/),
    ).toBeInTheDocument();
  });

  it("creates the seed's workload and opens its detail", async () => {
    const { user, received, router } = open({
      'POST /api/namespaces/default/deployments': { status: 201, body: { name: 'foo', namespace: 'default' } },
    });
    await user.type(await screen.findByLabelText(/Workload Name/), 'foo');
    await user.type(screen.getByLabelText(/Container Name/), 'foo');
    await user.type(screen.getByLabelText(/Image Name/), 'www.example.com/janedoe/awesomeapp');
    await user.type(screen.getByLabelText('Image Tag'), 'v1');
    expect(screen.getByLabelText('Pull Policy')).toHaveValue('Always');
    // The only pull secret covering www.example.com is selected for the user, who is told so.
    expect(await screen.findByRole('checkbox', { name: 'test' })).toBeChecked();
    expect(
      screen.getByText('Selected test: the only pull secret in default that covers www.example.com.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create Workload' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/namespaces/default/workloads/foo'));
    const posts = received.filter((r) => r.method === 'POST');
    // A dry run of exactly the YAML first, then the real create of the same text.
    expect(posts.map((p) => p.path)).toEqual([
      '/api/namespaces/default/deployments?dryRun=All',
      '/api/namespaces/default/deployments',
    ]);
    expect(posts[1]?.body).toEqual(posts[0]?.body);
    const manifest = (posts[0]?.body as { manifest: string }).manifest;
    expect(manifest).toContain('image: www.example.com/janedoe/awesomeapp:v1');
    expect(manifest).toMatch(/imagePullSecrets:\n\s+- name: test/);
  });

  it('creates a secret inline and selects it', async () => {
    let items = secrets;
    const { user } = open({
      'GET /api/namespaces/default/secrets': () => ({ body: { items } }),
      'POST /api/namespaces/default/secrets': () => {
        items = [...secrets, summary('fresh', 'kubernetes.io/dockerconfigjson', ['r.example.com'])];
        return { status: 201, body: { ...items[3], warnings: [] } };
      },
    });
    const picker = await screen.findByRole('group', { name: 'Image Access Credential' });
    await user.click(within(picker).getByRole('button', { name: 'Create Secret' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create Secret' });
    await user.type(within(dialog).getByLabelText(/^\*?\s*Name$/), 'fresh');
    await user.type(within(dialog).getByLabelText(/Image Repository Address/), 'r.example.com');
    await user.type(within(dialog).getByLabelText(/Username/), 'u');
    await user.type(within(dialog).getByLabelText(/^\*?\s*Password$/), 'p');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('checkbox', { name: 'fresh' })).toBeChecked();
  });

  it('asks when several pull secrets cover the registry, selecting none', async () => {
    const { user } = open({
      'GET /api/namespaces/default/secrets': {
        body: { items: [...secrets, summary('test-2', 'kubernetes.io/dockerconfigjson', ['https://www.example.com'])] },
      },
    });
    await user.type(await screen.findByLabelText(/Image Name/), 'www.example.com/janedoe/awesomeapp');
    expect(
      await screen.findByText('2 pull secrets cover www.example.com: test, test-2. Choose the one to pull with.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'test' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'test-2' })).not.toBeChecked();
  });

  it('keeps a credential the user unchecked unchecked', async () => {
    const { user } = open();
    await user.type(await screen.findByLabelText(/Image Name/), 'www.example.com/janedoe/awesomeapp');
    await user.click(await screen.findByRole('checkbox', { name: 'test', checked: true }));
    await user.type(screen.getByLabelText('Image Tag'), 'v1');
    expect(screen.getByRole('checkbox', { name: 'test' })).not.toBeChecked();
  });

  it('none covers the registry: Create Secret for it, prefilled, returns to the form with it selected and all kept', async () => {
    let items = secrets;
    const { user } = open({
      'GET /api/namespaces/default/secrets': () => ({ body: { items } }),
      'POST /api/namespaces/default/secrets': () => {
        items = [...secrets, summary('token', 'kubernetes.io/dockerconfigjson', ['127.0.0.1:5002'])];
        return { status: 201, body: { ...items[3], warnings: [] } };
      },
    });
    await user.type(await screen.findByLabelText(/Workload Name/), 'web');
    await user.type(screen.getByLabelText(/Container Name/), 'app');
    await user.type(screen.getByLabelText(/Image Name/), '127.0.0.1:5002/janedoe/awesomeapp');
    await user.type(screen.getByLabelText('Image Tag'), 'v1');
    await user.click(await screen.findByRole('button', { name: 'Create Secret for 127.0.0.1:5002' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create Secret' });
    expect(within(dialog).getByLabelText(/Image Repository Address/)).toHaveValue('127.0.0.1:5002');
    await user.type(within(dialog).getByLabelText(/^\*?\s*Name$/), 'token');
    await user.type(within(dialog).getByLabelText(/Username/), 'u');
    await user.type(within(dialog).getByLabelText(/^\*?\s*Password$/), 'p');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('checkbox', { name: 'token' })).toBeChecked();
    expect(screen.getByLabelText(/Workload Name/)).toHaveValue('web');
    expect(screen.getByLabelText(/Container Name/)).toHaveValue('app');
    expect(screen.getByLabelText(/Image Name/)).toHaveValue('127.0.0.1:5002/janedoe/awesomeapp');
    expect(screen.getByLabelText('Image Tag')).toHaveValue('v1');
  });

  it('selects the credential a link names (?credential=)', async () => {
    fakeBff({ 'GET /api/namespaces/default/secrets': { body: { items: secrets } } });
    renderRoute('/namespaces/default/workloads/create?credential=hub');
    expect(await screen.findByRole('checkbox', { name: 'hub' })).toBeChecked();
  });

  it('puts a duplicate Workload Name under the field', async () => {
    const message = 'A deployment named foo already exists in namespace default';
    const { user } = open({
      'POST /api/namespaces/default/deployments': {
        status: 409,
        body: { status: 409, reason: 'AlreadyExists', message, fields: [{ path: 'name', message }] },
      },
    });
    await user.type(await screen.findByLabelText(/Workload Name/), 'foo');
    await user.type(screen.getByLabelText(/Container Name/), 'foo');
    await user.type(screen.getByLabelText(/Image Name/), 'nginx');
    await user.click(screen.getByRole('button', { name: 'Create Workload' }));
    const error = await screen.findByText(message);
    expect(screen.getByLabelText(/Workload Name/).getAttribute('aria-describedby')).toContain(error.id);
    expect(screen.getByLabelText(/Workload Name/)).toHaveFocus();
  });
});
