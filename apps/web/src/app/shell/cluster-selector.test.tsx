import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { clusterSummary, twoClusters } from '../../testing/clusters';
import { fakeBff, type Reply } from '../../testing/fake-bff';
import { FakeEventSource } from '../../testing/fake-event-source';
import { renderRoute } from '../../testing/render-route';
import { rememberedNamespaces } from './remembered-namespaces';
import { deploymentSummary as deployment } from '../../testing/summaries';

const inNamespace = (name: string, namespace: string) => ({ ...deployment(name, '1/1', 'Running'), namespace });
const betaInfo = { context: 'beta', server: 'https://beta.example:6443', user: 'beta-admin', version: 'v1.20.2' };

describe('Cluster selector', () => {
  it("switches cluster in place, and never shows one cluster's cached rows under another", async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    let answerBeta: (reply: Reply) => void = () => undefined;
    fakeBff({
      'GET /api/clusters': { body: twoClusters },
      'GET /api/clusters/alpha/namespaces/team-b/deployments': {
        body: { items: [inNamespace('alpha-web', 'team-b')] },
      },
      'GET /api/clusters/beta/namespaces/team-b/deployments': () =>
        new Promise<Reply>((resolve) => (answerBeta = resolve)),
    });
    const { router } = renderRoute('/clusters/alpha/namespaces/team-b/workloads');
    expect(await screen.findByRole('link', { name: 'alpha-web' })).toBeInTheDocument();
    expect(FakeEventSource.last?.url).toBe('/api/clusters/alpha/namespaces/team-b/stream');
    act(() => FakeEventSource.last?.onopen?.());

    const selector = await screen.findByLabelText('Switch cluster');
    expect(selector).toHaveValue('alpha');
    await userEvent.setup().selectOptions(selector, 'beta');
    await waitFor(() => expect(router.state.location.pathname).toBe('/clusters/beta/namespaces/team-b/workloads'));
    // Same namespace name, other cluster: alpha's cached row must not stand in while beta's list is on its way.
    expect(screen.queryByRole('link', { name: 'alpha-web' })).not.toBeInTheDocument();
    expect(FakeEventSource.last?.url).toBe('/api/clusters/beta/namespaces/team-b/stream');
    act(() => answerBeta({ body: { items: [inNamespace('beta-web', 'team-b')] } }));
    expect(await screen.findByRole('link', { name: 'beta-web' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'alpha-web' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'beta-web' })).toHaveAttribute(
      'href',
      '/clusters/beta/namespaces/team-b/workloads/beta-web',
    );
  });

  it('keeps the short URLs as the default cluster, read from /api/...', async () => {
    const received = fakeBff({
      'GET /api/clusters': { body: twoClusters },
      'GET /api/namespaces/default/deployments': { body: { items: [inNamespace('web', 'default')] } },
    });
    renderRoute('/namespaces/default/workloads');
    expect(await screen.findByRole('link', { name: 'web' })).toHaveAttribute(
      'href',
      '/namespaces/default/workloads/web',
    );
    expect(await screen.findByLabelText('Switch cluster')).toHaveValue('alpha');
    expect(received.some((r) => r.path.startsWith('/api/clusters/'))).toBe(false);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Workloads' })).toHaveAttribute(
      'href',
      '/namespaces/default/workloads',
    );
  });

  it("reloads a named cluster's page in place: its API, its links, its namespace list", async () => {
    const received = fakeBff({
      'GET /api/clusters': { body: twoClusters },
      'GET /api/clusters/beta/namespaces/team-b/secrets': { body: { items: [] } },
      'GET /api/clusters/beta/namespaces': {
        body: { items: [{ name: 'team-b', phase: 'Active', created: '2026-01-01T00:00:00Z' }] },
      },
    });
    renderRoute('/clusters/beta/namespaces/team-b/secrets');
    expect(await screen.findByText('No secrets in namespace team-b yet.')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Workloads' })).toHaveAttribute(
      'href',
      '/clusters/beta/namespaces/team-b/workloads',
    );
    await waitFor(() => expect(received.some((r) => r.path === '/api/clusters/beta/namespaces')).toBe(true));
    expect(received.some((r) => r.path === '/api/namespaces/team-b/secrets')).toBe(false);
  });

  it('is not shown with one context', async () => {
    fakeBff({ 'GET /api/namespaces/default/deployments': { body: { items: [] } } });
    renderRoute('/namespaces/default/workloads');
    await screen.findByText(/No workloads in namespace default yet/);
    expect(screen.queryByLabelText('Switch cluster')).not.toBeInTheDocument();
  });
});

describe('Switching clusters', () => {
  // Neither context names a namespace, so entering one lands where the user last worked in it.
  const noNamespaces = { items: [clusterSummary('alpha', { default: true }), clusterSummary('gamma')] };
  const empty = { body: { items: [] } };

  it('remembers the last namespace per cluster: one used in alpha is not where gamma opens', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    fakeBff({
      'GET /api/clusters': { body: noNamespaces },
      'GET /api/clusters/alpha/namespaces/team-x/deployments': empty,
      'GET /api/clusters/gamma/namespaces/default/deployments': empty,
    });
    const { router } = renderRoute('/clusters/alpha/namespaces/team-x/workloads');
    await waitFor(() => expect(rememberedNamespaces('alpha', 'admin')).toEqual(['team-x']));
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Switch cluster'), 'gamma');
    await waitFor(() => expect(router.state.location.pathname).toBe('/clusters/gamma/namespaces/default/workloads'));
    expect(rememberedNamespaces('gamma', 'admin')).toEqual(['default']);
    await user.selectOptions(await screen.findByLabelText('Switch cluster'), 'alpha');
    await waitFor(() => expect(router.state.location.pathname).toBe('/clusters/alpha/namespaces/team-x/workloads'));
  });

  it('does not ask for the cluster list again on entering a cluster, while the Clusters page asks on every visit', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const received = fakeBff({
        'GET /api/clusters': { body: noNamespaces },
        'GET /api/clusters/gamma/namespaces/default/deployments': empty,
      });
      const listed = () => received.filter((r) => r.path === '/api/clusters').length;
      const { router } = renderRoute('/clusters');
      const table = await screen.findByRole('table', { name: 'Clusters' });
      // A minute on the page, then in: entering the cluster and its shell's selector reuse the names already listed.
      vi.setSystemTime(Date.now() + 60_000);
      const user = userEvent.setup();
      await user.click(within(table).getByRole('link', { name: 'gamma' }));
      await waitFor(() => expect(router.state.location.pathname).toBe('/clusters/gamma/namespaces/default/workloads'));
      expect(await screen.findByLabelText('Switch cluster')).toHaveValue('gamma');
      expect(listed()).toBe(1);
      await user.click(screen.getByRole('link', { name: 'All clusters' }));
      expect(await screen.findByRole('table', { name: 'Clusters' })).toBeInTheDocument();
      await waitFor(() => expect(listed()).toBe(2));
      // And again at once: the page shows reachability, so a visit never reuses the list, however recent.
      await user.click(
        within(await screen.findByRole('table', { name: 'Clusters' })).getByRole('link', { name: 'gamma' }),
      );
      await user.click(await screen.findByRole('link', { name: 'All clusters' }));
      await waitFor(() => expect(listed()).toBe(3));
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('A named cluster without a token (token mode)', () => {
  it('asks to sign in to that cluster in place, and shows its rows once signed in', async () => {
    let signedIn = false;
    const refused = (what: string) => () =>
      signedIn
        ? { body: what === 'cluster' ? betaInfo : { items: [inNamespace('beta-web', 'team-b')] } }
        : { status: 401, body: { status: 401, reason: 'Unauthorized', message: 'Sign in to cluster beta: no token' } };
    const received = fakeBff({
      'GET /api/session': { body: { mode: 'token', username: 'jane', csrfToken: 'csrf-1' } },
      'GET /api/clusters': { body: twoClusters },
      'GET /api/clusters/beta/cluster': refused('cluster'),
      'GET /api/clusters/beta/namespaces/team-b/deployments': refused('deployments'),
      'POST /api/session': () => {
        signedIn = true;
        return { body: { mode: 'token', username: 'jane', csrfToken: 'csrf-1' } };
      },
    });
    renderRoute('/clusters/beta/namespaces/team-b/workloads');
    const banner = await screen.findByText('Sign in to cluster beta: no token');
    expect(screen.getByText('Not signed in')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Sign in to beta' }));
    await user.type(screen.getByLabelText(/Token for beta/), 'beta-token');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('link', { name: 'beta-web' })).toBeInTheDocument();
    expect(banner).not.toBeInTheDocument();
    // The session went on: it was never asked again, as a sign-out would.
    expect(received.filter((r) => r.path === '/api/session' && r.method === 'GET')).toHaveLength(1);
  });
});
