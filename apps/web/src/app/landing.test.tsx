import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeBff } from '../testing/fake-bff';
import { renderRoute } from '../testing/render-route';
import { clusterSummary, twoClusters } from '../testing/clusters';
import { rememberNamespace } from './shell/remembered-namespaces';

const cluster = { context: 'berth-local', server: 'https://127.0.0.1:6443', user: 'admin', version: 'v1.20.2' };

describe('Landing on /', () => {
  it("opens the kubeconfig context's namespace", async () => {
    rememberNamespace('berth-local', 'admin', 'team-b');
    fakeBff({ 'GET /api/cluster': { body: { ...cluster, namespace: 'team-a' } } });
    const { router } = renderRoute('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/namespaces/team-a/workloads'));
  });

  it("opens the context's namespace when the API server could not be asked for want of credentials", async () => {
    const credentialProblem = { reason: 'CredentialPluginFailed', message: 'The credential plugin aws failed' };
    const { version: _version, ...withoutVersion } = cluster;
    fakeBff({ 'GET /api/cluster': { body: { ...withoutVersion, namespace: 'team-a', credentialProblem } } });
    const { router } = renderRoute('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/namespaces/team-a/workloads'));
  });

  it('else the namespace this user used last', async () => {
    rememberNamespace('berth-local', 'someone-else', 'team-c');
    rememberNamespace('berth-local', 'admin', 'team-b');
    fakeBff({});
    const { router } = renderRoute('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/namespaces/team-b/workloads'));
  });

  it('else default', async () => {
    fakeBff({});
    const { router } = renderRoute('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/namespaces/default/workloads'));
  });

  it('opens the Clusters page when the kubeconfig has several contexts', async () => {
    fakeBff({ 'GET /api/clusters': { body: twoClusters } });
    const { router } = renderRoute('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/clusters'));
    expect(await screen.findByRole('table', { name: 'Clusters' })).toBeInTheDocument();
  });

  it("opens today's landing with one context, even when that context is unreachable", async () => {
    const down = clusterSummary('berth-local', { default: true, reachability: 'unreachable', message: 'refused' });
    fakeBff({
      'GET /api/clusters': { body: { items: [down] } },
      'GET /api/cluster': { body: { ...cluster, namespace: 'team-a' } },
    });
    const { router } = renderRoute('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/namespaces/team-a/workloads'));
  });

  it("opens today's landing when the BFF cannot list its clusters", async () => {
    fakeBff({ 'GET /api/clusters': { status: 403, body: { status: 403, reason: 'Forbidden', message: 'no' } } });
    const { router } = renderRoute('/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/namespaces/default/workloads'));
  });

  it('asks a token-mode user to sign in first', async () => {
    fakeBff({ 'GET /api/session': { status: 401, body: { status: 401, reason: 'Unauthorized', message: 'Sign in' } } });
    renderRoute('/');
    expect(await screen.findByRole('heading', { name: 'Sign in to Berth' })).toBeInTheDocument();
  });
});
