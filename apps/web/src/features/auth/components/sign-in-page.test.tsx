import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBff, type Reply } from '../../../testing/fake-bff';
import { renderRoute } from '../../../testing/render-route';

const token = 'eyJhbGciOiJSUzI1NiJ9.restricted-user-token';
const signedIn = { mode: 'token', username: 'berth-restricted', csrfToken: 'csrf-of-this-session' };
const permissions = (may: boolean) => ({
  createSecrets: may,
  createDeployments: may,
  createStatefulSets: may,
  createDaemonSets: may,
  createJobs: may,
  createCronJobs: may,
  getPodLogs: may,
});
const unauthorized: Reply = {
  status: 401,
  body: { status: 401, reason: 'Unauthorized', message: 'Sign in with a Kubernetes bearer token' },
};

/** A token-mode BFF: 401 until POST /api/session succeeds, 401 again after DELETE. */
function tokenModeBff(routes: Record<string, Reply> = {}) {
  let session = false;
  return fakeBff({
    'GET /api/session': () => (session ? { body: signedIn } : unauthorized),
    'POST /api/session': ({ body }) => {
      if ((body as { token?: string }).token !== token) {
        return {
          status: 401,
          body: {
            status: 401,
            reason: 'Unauthorized',
            message: 'The Kubernetes API server does not accept this token',
          },
        };
      }
      session = true;
      return { status: 201, body: signedIn };
    },
    'DELETE /api/session': () => {
      session = false;
      return { status: 204 };
    },
    'GET /api/namespaces/team-a/secrets': { body: { items: [] } },
    'GET /api/namespaces/team-a/deployments': { body: { items: [] } },
    ...routes,
  });
}

describe('sign-in in token mode', () => {
  it('shows the sign-in page, signs in, names the user and sends the CSRF token on unsafe requests', async () => {
    const received = tokenModeBff({ 'DELETE /api/namespaces/team-a/secrets/x': { status: 204 } });
    renderRoute('/namespaces/team-a/secrets');
    const field = await screen.findByLabelText(/Token/);
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    await userEvent.type(field, token);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('berth-restricted')).toBeInTheDocument();
    expect(screen.getByText(/Signed in as/)).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'ConfigMaps and Secrets' })).toBeInTheDocument();
    expect(received.find((r) => r.method === 'POST' && r.path === '/api/session')?.body).toEqual({ token });
    // The token lives only on the server: nothing of it in cookies or storage.
    expect(document.cookie).not.toContain(token);
    expect(JSON.stringify({ ...localStorage })).not.toContain(token);
    expect(JSON.stringify({ ...sessionStorage })).not.toContain(token);

    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    const signOut = received.find((r) => r.method === 'DELETE' && r.path === '/api/session');
    expect(signOut?.headers.get('X-CSRF-Token')).toBe('csrf-of-this-session');
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByText('berth-restricted')).not.toBeInTheDocument();
  });

  it('says why a token was refused, under the Token field', async () => {
    tokenModeBff();
    renderRoute('/namespaces/team-a/secrets');
    await userEvent.type(await screen.findByLabelText(/Token/), 'not-the-token');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const field = screen.getByLabelText(/Token/);
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription('The Kubernetes API server does not accept this token'),
    );
    expect(field).toHaveAttribute('type', 'password');
  });

  it('refuses an empty token without asking the server', async () => {
    const received = tokenModeBff();
    renderRoute('/namespaces/team-a/secrets');
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Paste a bearer token')).toBeInTheDocument();
    expect(received.some((r) => r.method === 'POST')).toBe(false);
  });
});

describe('what RBAC forbids', () => {
  const forbidden = {
    'GET /api/namespaces/default/permissions': { body: permissions(false) },
  };

  it('disables Create Secret with the reason', async () => {
    fakeBff({ ...forbidden, 'GET /api/namespaces/default/secrets': { body: { items: [] } } });
    renderRoute('/namespaces/default/secrets');
    const button = await screen.findByRole('button', { name: 'Create Secret' });
    await waitFor(() => expect(button).toBeDisabled());
    expect(button).toHaveAccessibleDescription('Your Kubernetes user may not create secrets in namespace default');
  });

  it('disables Create Workload with the reason', async () => {
    fakeBff({ ...forbidden, 'GET /api/namespaces/default/deployments': { body: { items: [] } } });
    renderRoute('/namespaces/default/workloads');
    const header = await screen.findByRole('heading', { name: 'Workloads' });
    const button = await within(header.parentElement ?? document.body).findByRole('button', {
      name: 'Create Workload',
    });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Your Kubernetes user may not create Deployments in namespace default');
  });

  it('keeps both enabled when RBAC allows them', async () => {
    fakeBff({
      'GET /api/namespaces/default/permissions': { body: permissions(true) },
      'GET /api/namespaces/default/secrets': { body: { items: [] } },
    });
    renderRoute('/namespaces/default/secrets');
    expect(await screen.findByRole('button', { name: 'Create Secret' })).toBeEnabled();
    expect(screen.queryByText(/may not create/)).not.toBeInTheDocument();
  });
});
