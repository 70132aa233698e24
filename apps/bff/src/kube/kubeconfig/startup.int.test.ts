// main.ts as a user starts it with real kubeconfig files: a KUBECONFIG list merged as kubectl merges it, and a failing
// credential plugin named in the start banner in its own words.
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually } from '../../testing/cluster';
import { execApiVersion, kubeconfigDir, localCluster } from '../../testing/kubeconfig-files';
import { runMain } from '../../testing/run-main';

const files = kubeconfigDir('startup');
afterAll(files.remove);

async function listening(bff: ReturnType<typeof runMain>): Promise<string> {
  return eventually('the listening line', () => /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(bff.stdout())?.[1], 60_000);
}

describe('main with real kubeconfig files', () => {
  it('merges KUBECONFIG=a:b as kubectl does: current-context from a, its cluster from b, paths relative to each file', async () => {
    const cluster = localCluster();
    files.file('a/token', cluster.adminToken);
    files.file('b/ca.crt', readFileSync(cluster.certificateAuthority, 'utf8'));
    const a = files.kubeconfig('a/config', {
      'current-context': 'team',
      users: [{ name: 'me', user: { tokenFile: 'token' } }],
    });
    const b = files.kubeconfig('b/config', {
      'current-context': 'elsewhere',
      clusters: [{ name: 'local', cluster: { server: cluster.server, 'certificate-authority': 'ca.crt' } }],
      users: [{ name: 'me', user: { token: 'not-this-one' } }],
      contexts: [{ name: 'team', context: { cluster: 'local', user: 'me', namespace: 'team-a' } }],
    });
    const bff = runMain(['--port', '0', '--no-spa'], { KUBECONFIG: `${a}:${files.dir}/missing:${b}` });
    try {
      const url = await listening(bff);
      const info = await request(url).get('/api/cluster');
      expect(info.status).toBe(200);
      expect(info.body).toMatchObject({ context: 'team', user: 'me' });
      expect((await request(url).get('/api/namespaces')).status).toBe(200);
    } finally {
      bff.child.kill('SIGTERM');
      await bff.exited;
    }
  });

  it("starts with a failing credential plugin and says why in the banner, in the plugin's words, with its exit status", async () => {
    const plugin = files.script('sso-expired.sh', "echo 'Error loading SSO Token: run aws sso login' >&2\nexit 255");
    const { server, certificateAuthority } = localCluster();
    const kubeconfig = files.kubeconfig('sso/config', {
      clusters: [{ name: 'local', cluster: { server, 'certificate-authority': certificateAuthority } }],
      users: [
        { name: 'sso-user', user: { exec: { apiVersion: execApiVersion, command: plugin, interactiveMode: 'Never' } } },
      ],
      contexts: [{ name: 'sso', context: { cluster: 'local', user: 'sso-user' } }],
      'current-context': 'sso',
    });
    const bff = runMain(['--port', '0', '--no-spa'], { KUBECONFIG: kubeconfig });
    try {
      const url = await listening(bff);
      await eventually('the banner', () => (bff.stderr().includes('Press Ctrl-C') ? true : undefined));
      expect(bff.stderr()).toContain('Berth is running at');
      expect(bff.stderr()).toContain(
        `The credential plugin ${plugin} of user sso-user failed with exit status 255: Error loading SSO Token: run aws sso login`,
      );
      const readyz = await request(url).get('/api/readyz');
      expect(readyz.status).toBe(503);
      expect(readyz.body).toMatchObject({
        reason: 'CredentialPluginFailed',
        message: expect.stringContaining('run aws sso login') as unknown,
      });
    } finally {
      bff.child.kill('SIGTERM');
      await bff.exited;
    }
  });

  it('starts with a token the API server rejects and says so in the banner, naming the user, never the token', async () => {
    const { server, certificateAuthority } = localCluster();
    const refused = 'berth-refused-at-start-0123456789';
    const kubeconfig = files.kubeconfig('refused/config', {
      clusters: [{ name: 'local', cluster: { server, 'certificate-authority': certificateAuthority } }],
      users: [{ name: 'robot', user: { token: refused } }],
      contexts: [{ name: 'robot@local', context: { cluster: 'local', user: 'robot', namespace: 'team-a' } }],
      'current-context': 'robot@local',
    });
    const bff = runMain(['--port', '0', '--no-spa'], { KUBECONFIG: kubeconfig });
    try {
      const url = await listening(bff);
      await eventually('the banner', () => (bff.stderr().includes('Press Ctrl-C') ? true : undefined));
      expect(bff.stderr()).toContain('credentials: REJECTED by the API server (401) for user robot;');
      expect(bff.stderr() + bff.stdout()).not.toContain(refused);
      const info = await request(url).get('/api/cluster');
      expect(info.status).toBe(200);
      expect(info.body).toMatchObject({ user: 'robot', namespace: 'team-a' });
    } finally {
      bff.child.kill('SIGTERM');
      await bff.exited;
    }
  });
});
