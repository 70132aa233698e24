import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clusterSummary, twoClusters } from '../../../testing/clusters';
import { fakeBff } from '../../../testing/fake-bff';
import { renderRoute } from '../../../testing/render-route';

const rowOf = (table: HTMLElement, name: string) =>
  within(table)
    .getAllByRole('row')
    .find((row) => within(row).queryByRole('link', { name }) !== null);

describe('Clusters page', () => {
  it("lists each context's name, server, Kubernetes version, user and reachability", async () => {
    fakeBff({ 'GET /api/clusters': { body: twoClusters } });
    renderRoute('/clusters');
    const table = await screen.findByRole('table', { name: 'Clusters' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Name', 'Server', 'Kubernetes', 'User', 'Status']);
    const alpha = rowOf(table, 'alpha');
    expect(alpha).toHaveTextContent('alpha (default)');
    expect(alpha).toHaveTextContent('https://alpha.example:6443');
    expect(alpha).toHaveTextContent('v1.20.2');
    expect(alpha).toHaveTextContent('alpha-admin');
    expect(alpha).toHaveTextContent('Reachable');
    expect(within(table).getByRole('link', { name: 'beta' })).toHaveAttribute('href', '/clusters/beta');
  });

  it('lists an unreachable cluster with why, beside the others', async () => {
    const down = clusterSummary('gamma', { reachability: 'unreachable', message: 'Connection refused' });
    delete down.version;
    fakeBff({ 'GET /api/clusters': { body: { items: [...twoClusters.items, down] } } });
    renderRoute('/clusters');
    const table = await screen.findByRole('table', { name: 'Clusters' });
    expect(rowOf(table, 'gamma')).toHaveTextContent('Unreachable: Connection refused');
    expect(rowOf(table, 'gamma')).toHaveTextContent('—');
    expect(rowOf(table, 'beta')).toHaveTextContent('Reachable');
  });

  it('shows a cluster still being probed as checking, and asks again until it answers', async () => {
    let asked = 0;
    const checking = clusterSummary('beta', { reachability: 'checking', message: 'No answer yet' });
    delete checking.version;
    fakeBff({
      'GET /api/clusters': () => {
        asked += 1;
        const beta = asked === 1 ? checking : clusterSummary('beta', { version: 'v1.31.0' });
        return { body: { items: [clusterSummary('alpha', { default: true }), beta] } };
      },
    });
    renderRoute('/clusters');
    const table = await screen.findByRole('table', { name: 'Clusters' });
    expect(rowOf(table, 'beta')).toHaveTextContent('Checking…: No answer yet');
    expect(rowOf(table, 'alpha')).toHaveTextContent('Reachable');
    await waitFor(() => expect(rowOf(table, 'beta')).toHaveTextContent('v1.31.0'), { timeout: 3_000 });
    expect(rowOf(table, 'beta')).toHaveTextContent('Reachable');
    expect(asked).toBe(2);
  });

  it('enters a cluster in its landing namespace when its name is clicked', async () => {
    fakeBff({
      'GET /api/clusters': { body: twoClusters },
      'GET /api/clusters/beta/namespaces/team-b/deployments': { body: { items: [] } },
    });
    const { router } = renderRoute('/clusters');
    const table = await screen.findByRole('table', { name: 'Clusters' });
    await userEvent.setup().click(within(table).getByRole('link', { name: 'beta' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/clusters/beta/namespaces/team-b/workloads'));
  });

  it('token mode: says which clusters the session is signed in to, and signs in to another with its own token', async () => {
    const received = fakeBff({
      'GET /api/session': { body: { mode: 'token', username: 'jane', csrfToken: 'csrf-1' } },
      'GET /api/clusters': {
        body: {
          items: [
            clusterSummary('alpha', { default: true, signedIn: true }),
            clusterSummary('beta', { signedIn: false }),
          ],
        },
      },
      'POST /api/session': { body: { mode: 'token', username: 'jane', csrfToken: 'csrf-1' } },
    });
    renderRoute('/clusters');
    const table = await screen.findByRole('table', { name: 'Clusters' });
    expect(within(table).getByRole('columnheader', { name: 'Signed in' })).toBeInTheDocument();
    expect(rowOf(table, 'alpha')).toHaveTextContent('Yes');
    const user = userEvent.setup();
    await user.click(within(table).getByRole('button', { name: 'Sign in to beta' }));
    await user.type(within(table).getByLabelText(/Token for beta/), 'beta-token');
    await user.click(within(table).getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(received.find((r) => r.method === 'POST')?.body).toEqual({ token: 'beta-token', cluster: 'beta' }),
    );
    expect(received.find((r) => r.method === 'POST')?.headers.get('X-CSRF-Token')).toBe('csrf-1');
  });
});
