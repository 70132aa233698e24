// A kubeconfig user with `tokenFile`, against the real API server: the token in the file is used, and a rotated one is
// picked up without a restart (client-node ignored `tokenFile`, so every call went out as system:anonymous).
import { afterAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { loadKubeConfig } from './load-kubeconfig';
import { env, testApp } from '../../testing/cluster';
import { kubeconfigDir, localCluster } from '../../testing/kubeconfig-files';

const files = kubeconfigDir('token-file');
afterAll(files.remove);

describe('a kubeconfig user with tokenFile', () => {
  it('acts with the token in the file, relative to the kubeconfig, and with the new one once the file is rotated', async () => {
    const cluster = localCluster();
    const restrictedToken = loadKubeConfig(env('BERTH_RESTRICTED_KUBECONFIG')).getCurrentUser()?.token ?? '';
    files.file('tokens/current', `${restrictedToken}\n`);
    const kubeconfig = files.kubeconfig('config', {
      clusters: [
        { name: 'local', cluster: { server: cluster.server, 'certificate-authority': cluster.certificateAuthority } },
      ],
      users: [{ name: 'robot', user: { tokenFile: 'tokens/current' } }],
      contexts: [{ name: 'robot@local', context: { cluster: 'local', user: 'robot' } }],
      'current-context': 'robot@local',
    });
    const { app } = testApp(loadKubeConfig(kubeconfig));

    const asRestricted = await request(app).get('/api/namespaces');
    expect(asRestricted.status).toBe(403);
    expect(asRestricted.body).toMatchObject({
      reason: 'Forbidden',
      message: 'berth-restricted cannot list namespaces',
    });

    // Rotation as the kubelet does it: the file now holds another identity's token.
    files.file('tokens/current', `${cluster.adminToken}\n`);
    const started = Date.now();
    await expect
      .poll(async () => (await request(app).get('/api/namespaces')).status, { timeout: 5_000, interval: 100 })
      .toBe(200);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("says the API server rejected the user's credentials (readyz, /api/cluster), names the user, never the token", async () => {
    const cluster = localCluster();
    const refused = 'berth-refused-token-0123456789';
    files.file('tokens/refused', `${refused}\n`);
    const kubeconfig = files.kubeconfig('refused-config', {
      clusters: [
        { name: 'local', cluster: { server: cluster.server, 'certificate-authority': cluster.certificateAuthority } },
      ],
      users: [{ name: 'robot', user: { tokenFile: 'tokens/refused' } }],
      contexts: [{ name: 'robot@local', context: { cluster: 'local', user: 'robot', namespace: 'team-a' } }],
      'current-context': 'robot@local',
    });
    const { app } = testApp(loadKubeConfig(kubeconfig));
    const message =
      "The Kubernetes API server rejected the credentials of user robot (401); fix the kubeconfig's credentials";

    const readyz = await request(app).get('/api/readyz');
    expect(readyz.status).toBe(503);
    expect(readyz.body).toEqual({ status: 503, reason: 'CredentialsRejected', message });

    // The kubeconfig still says where the console opens; there is no version to give.
    const info = await request(app).get('/api/cluster');
    expect(info.status).toBe(200);
    expect(info.body).toEqual({
      context: 'robot@local',
      server: cluster.server,
      user: 'robot',
      namespace: 'team-a',
      credentialProblem: { reason: 'CredentialsRejected', message },
    });
    expect(readyz.text + info.text).not.toContain(refused);
  });
});
