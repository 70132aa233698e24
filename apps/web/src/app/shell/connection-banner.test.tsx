import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../testing/fake-bff';
import { FakeEventSource } from '../../testing/fake-event-source';
import { renderRoute } from '../../testing/render-route';

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
    // The list's own answer, at once: a credential failure is not retried (retries would show it only after 3 s).
    expect(await screen.findByText(`Could not list deployments: ${message}`)).toBeInTheDocument();
    expect(received.filter((r) => r.path === '/api/namespaces/team-a/deployments')).toHaveLength(1);
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
});
