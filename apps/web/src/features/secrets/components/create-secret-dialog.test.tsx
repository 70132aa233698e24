import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { renderRoute } from '../../../testing/render-route';

const existing = {
  name: 'default-secret',
  namespace: 'default',
  type: 'kubernetes.io/dockerconfigjson',
  dataCount: 1,
  created: '2026-01-01T00:00:00Z',
  registries: [{ server: 'swr.example.com', username: 'robot' }],
};
const created = {
  ...existing,
  name: 'test',
  registries: [{ server: 'www.example.com', username: 'ssl' }],
  created: new Date().toISOString(),
};

async function openDialog() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Create Secret' }));
  const dialog = await screen.findByRole('dialog', { name: 'Create Secret' });
  return { user, dialog };
}

async function fillSeedExample(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) {
  await user.type(within(dialog).getByLabelText(/^\*?\s*Name$/), 'test');
  await user.type(within(dialog).getByLabelText(/Image Repository Address/), 'www.example.com');
  await user.type(within(dialog).getByLabelText(/Username/), 'ssl');
  await user.type(within(dialog).getByLabelText(/^\*?\s*Password$/), 'xxx');
}

describe('Create Secret dialog', () => {
  it('validates the name as the user types, with the contracts message and a counter', async () => {
    fakeBff({ 'GET /api/namespaces/default/secrets': { body: { items: [existing] } } });
    renderRoute('/namespaces/default/secrets');
    expect(await screen.findByText('1 secret', { exact: true })).toBeInTheDocument();
    const { user, dialog } = await openDialog();
    const name = within(dialog).getByLabelText(/^\*?\s*Name$/);
    await user.type(name, 'My_Secret');
    expect(within(dialog).getByText('9/253')).toBeInTheDocument();
    const error = await within(dialog).findByText(/'_' is not allowed/);
    expect(error).toHaveAttribute('role', 'alert');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name.getAttribute('aria-describedby')).toContain(error.id);
    expect(within(dialog).getByLabelText('Secret Type')).toHaveValue('kubernetes.io/dockerconfigjson');
  });

  it('names an invisible right-to-left override by code point, so it cannot mirror the error', async () => {
    fakeBff({ 'GET /api/namespaces/default/secrets': { body: { items: [] } } });
    renderRoute('/namespaces/default/secrets');
    const { user, dialog } = await openDialog();
    await user.type(within(dialog).getByLabelText(/^\*?\s*Name$/), 'ab\u202ec');
    const error = await within(dialog).findByRole('alert');
    expect(error).toHaveTextContent("U+202E is not allowed; use only lowercase letters, digits, '-' and '.'");
    expect(error.textContent).not.toContain('\u202e');
  });

  it('masks the password, with a show toggle, and never shows it in the kubectl command', async () => {
    fakeBff({ 'GET /api/namespaces/default/secrets': { body: { items: [] } } });
    renderRoute('/namespaces/default/secrets');
    const { user, dialog } = await openDialog();
    await fillSeedExample(user, dialog);
    const password = within(dialog).getByLabelText(/^\*?\s*Password$/);
    expect(password).toHaveAttribute('type', 'password');
    await user.click(within(dialog).getByRole('button', { name: 'Show password' }));
    expect(password).toHaveAttribute('type', 'text');
    await user.click(within(dialog).getByText('YAML and kubectl'));
    const command = within(dialog).getByLabelText('kubectl command');
    expect(command).toHaveTextContent(
      'kubectl create secret docker-registry test -n default --docker-server=www.example.com',
    );
    expect(command).not.toHaveTextContent('xxx');
  });

  it('puts a duplicate name under Name', async () => {
    fakeBff({
      'GET /api/namespaces/default/secrets': { body: { items: [existing] } },
      'POST /api/namespaces/default/secrets': {
        status: 409,
        body: {
          status: 409,
          reason: 'AlreadyExists',
          message: 'A secret named test already exists in namespace default',
          fields: [{ path: 'name', message: 'A secret named test already exists in namespace default' }],
        },
      },
    });
    renderRoute('/namespaces/default/secrets');
    const { user, dialog } = await openDialog();
    await fillSeedExample(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    const error = await within(dialog).findByText('A secret named test already exists in namespace default');
    expect(
      within(dialog)
        .getByLabelText(/^\*?\s*Name$/)
        .getAttribute('aria-describedby'),
    ).toContain(error.id);
    expect(screen.getByRole('dialog', { name: 'Create Secret' })).toBeInTheDocument();
  });

  it('creates the secret, closes, announces it and shows the row', async () => {
    let items = [existing];
    const received = fakeBff({
      'GET /api/namespaces/default/secrets': () => ({ body: { items } }),
      'POST /api/namespaces/default/secrets': () => {
        items = [existing, created];
        return { status: 201, body: { ...created, warnings: [] } };
      },
    });
    renderRoute('/namespaces/default/secrets');
    const { user, dialog } = await openDialog();
    await fillSeedExample(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('Secret test created');
    expect(await screen.findByRole('link', { name: 'test' })).toBeInTheDocument();
    expect(received.find((r) => r.method === 'POST')?.body).toEqual({
      name: 'test',
      namespace: 'default',
      registries: [{ server: 'www.example.com', username: 'ssl', password: 'xxx', email: '' }],
    });
  });

  it('tests credentials per registry and shows the answer inline', async () => {
    fakeBff({
      'GET /api/namespaces/default/secrets': { body: { items: [] } },
      'POST /api/registry-checks': {
        body: { server: 'www.example.com', outcome: 'unauthorized', message: 'HTTP 401' },
      },
    });
    renderRoute('/namespaces/default/secrets');
    const { user, dialog } = await openDialog();
    await fillSeedExample(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Test credentials for Registry 1' }));
    expect(await within(dialog).findByText('The registry refused these credentials: HTTP 401')).toBeInTheDocument();
  });

  it("imports a config.json and shows the contracts' warnings", async () => {
    fakeBff({ 'GET /api/namespaces/default/secrets': { body: { items: [] } } });
    renderRoute('/namespaces/default/secrets');
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByText('Import config.json'));
    const config = JSON.stringify({ auths: { 'https://r.example.com/v2/': { username: 'u', password: 'p' } } });
    await user.click(within(dialog).getByLabelText('Paste config.json'));
    await user.paste(config);
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(within(dialog).getByLabelText(/Image Repository Address/)).toHaveValue('https://r.example.com/v2/');
    expect(within(dialog).getByRole('status', { name: 'Import warnings' })).toHaveTextContent(/scheme or an API path/);
  });

  it('keeps focus inside the dialog, closes on Escape and keeps its open state in the URL', async () => {
    fakeBff({ 'GET /api/namespaces/default/secrets': { body: { items: [] } } });
    const { router } = renderRoute('/namespaces/default/secrets');
    const { user, dialog } = await openDialog();
    expect(router.state.location.search).toBe('?create=secret');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    for (let i = 0; i < 25; i += 1) await user.tab();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.search).toBe('');
  });

  it('asks before Escape throws away a typed name, and then gives focus back to Create Secret', async () => {
    fakeBff({ 'GET /api/namespaces/default/secrets': { body: { items: [] } } });
    const { router } = renderRoute('/namespaces/default/secrets');
    const { user, dialog } = await openDialog();
    await user.type(within(dialog).getByLabelText(/^\*?\s*Name$/), 'test');
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('alertdialog', { name: 'Discard what you typed?' });
    expect(dialog).toBeInTheDocument();
    await user.click(within(ask).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.search).toBe('');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Create Secret' })).toHaveFocus());
  });

  it('counts an imported config.json as typed data', async () => {
    fakeBff({ 'GET /api/namespaces/default/secrets': { body: { items: [] } } });
    renderRoute('/namespaces/default/secrets');
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByText('Import config.json'));
    await user.click(within(dialog).getByLabelText('Paste config.json'));
    await user.paste(JSON.stringify({ auths: { 'r.example.com': { username: 'u', password: 'p' } } }));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await user.clear(within(dialog).getByLabelText('Paste config.json'));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('alertdialog', { name: 'Discard what you typed?' })).toBeInTheDocument();
  });
});
