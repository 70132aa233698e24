import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { twoClusters } from '../../testing/clusters';
import { fakeBff } from '../../testing/fake-bff';
import { FakeEventSource } from '../../testing/fake-event-source';
import { renderRoute } from '../../testing/render-route';

const betaInfo = { context: 'beta', server: 'https://beta.example:6443', user: 'beta-admin', version: 'v1.20.2' };

describe('ConnectionBanner', () => {
  it("shows a failed credential plugin's own words and exit status, and disables writes", async () => {
    const message =
      'The credential plugin aws of user prod-admin failed with exit status 255: Error loading SSO Token\nrun aws sso login';
    fakeBff({
      'GET /api/readyz': { status: 503, body: { status: 503, reason: 'CredentialPluginFailed', message } },
      'GET /api/namespaces/default/secrets': { body: { items: [] } },
    });
    renderRoute('/namespaces/default/secrets');
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Berth has no credentials for the cluster.');
    expect(banner).toHaveTextContent('failed with exit status 255: Error loading SSO Token');
    expect(screen.getByText('run aws sso login')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create Secret' })).toBeDisabled();
    expect(screen.getByText('No credentials')).toBeInTheDocument();
  });

  it("says why from /api/cluster's first answer, in the context's namespace, before readyz answers and over a live stream", async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const message = 'The credential plugin ./plugin-fail.sh of user dev failed with exit status 255: Run aws sso login';
    const failed = { status: 503, body: { status: 503, reason: 'CredentialPluginFailed', message } };
    const received = fakeBff({
      'GET /api/cluster': {
        body: {
          context: 'dev',
          server: 'https://127.0.0.1:6443',
          user: 'dev',
          namespace: 'team-a',
          credentialProblem: { reason: 'CredentialPluginFailed', message },
        },
      },
      'GET /api/readyz': () => new Promise(() => undefined),
      'GET /api/namespaces/team-a/deployments': failed,
    });
    const { router } = renderRoute('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/namespaces/team-a/workloads'));
    act(() => FakeEventSource.last?.onopen?.());
    expect(await screen.findByText(/Berth has no credentials for the cluster/)).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.getByText('No credentials')).toBeInTheDocument();
    expect(screen.queryByText('Live')).not.toBeInTheDocument();
    // The list's own answer, at once: a credential failure is not retried (two retries would show it only after 3 s).
    // Not a count of GETs: a component mounting after the failure asks again (react-query's retryOnMount), which a
    // loaded CI machine's timing made a second GET within 110 ms; `shouldRetry` itself is held in query-client.test.ts.
    expect(
      await screen.findByText(`Could not list deployments: ${message}`, {}, { timeout: 2_000 }),
    ).toBeInTheDocument();
    expect(received.filter((r) => r.path === '/api/cluster')).toHaveLength(1);
  });

  it('names the kubeconfig user whose credentials the API server rejected', async () => {
    const message =
      "The Kubernetes API server rejected the credentials of user dev (401); fix the kubeconfig's credentials";
    fakeBff({
      'GET /api/readyz': { status: 503, body: { status: 503, reason: 'CredentialsRejected', message } },
      'GET /api/namespaces/default/secrets': { body: { items: [] } },
    });
    renderRoute('/namespaces/default/secrets');
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Berth has no credentials for the cluster.');
    expect(banner).toHaveTextContent(message);
    expect(screen.getByText('No credentials')).toBeInTheDocument();
  });

  it('watches the cluster the page shows: a named cluster that is down says so, with the default one up', async () => {
    const received = fakeBff({
      'GET /api/clusters': { body: twoClusters },
      'GET /api/clusters/beta/cluster': { body: betaInfo },
      'GET /api/clusters/beta/readyz': {
        status: 503,
        body: { status: 503, reason: 'ClusterUnavailable', message: 'The Kubernetes API server cannot be reached' },
      },
      'GET /api/clusters/beta/namespaces/team-b/secrets': { body: { items: [] } },
    });
    renderRoute('/clusters/beta/namespaces/team-b/secrets');
    expect(await screen.findByRole('alert')).toHaveTextContent('The Kubernetes API server is unreachable.');
    expect(screen.getByText('Unreachable')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create Secret' })).toBeDisabled();
    expect(received.some((r) => r.path === '/api/readyz')).toBe(false);
  });

  it("says nothing on a named cluster's page when only the default cluster is down", async () => {
    const received = fakeBff({
      'GET /api/clusters': { body: twoClusters },
      'GET /api/readyz': { status: 503, body: { status: 503, reason: 'ClusterUnavailable', message: 'down' } },
      'GET /api/clusters/beta/cluster': { body: betaInfo },
      'GET /api/clusters/beta/readyz': { body: { status: 'ok' } },
      'GET /api/clusters/beta/namespaces/team-b/secrets': { body: { items: [] } },
    });
    renderRoute('/clusters/beta/namespaces/team-b/secrets');
    expect(await screen.findByText('No secrets in namespace team-b yet.')).toBeInTheDocument();
    await waitFor(() => expect(received.some((r) => r.path === '/api/clusters/beta/readyz')).toBe(true));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create Secret' })).toBeEnabled();
  });
});
