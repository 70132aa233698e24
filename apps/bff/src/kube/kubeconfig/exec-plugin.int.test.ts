// A kubeconfig user with a credential plugin (`exec`, as EKS, GKE, AKS and OIDC logins use), against the real API server,
// with real plugin scripts: one run for many waiting requests, KUBERNETES_EXEC_INFO, shared connections, and failures
// that reach the user in the plugin's own words.
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKubeConfig } from './load-kubeconfig';
import { startApiServerProxy } from '@berth/local-cluster/testing';
import { adminKubeConfig, testApp } from '../../testing/cluster';
import { execApiVersion, kubeconfigDir, localCluster, tokenPluginBody } from '../../testing/kubeconfig-files';

const files = kubeconfigDir('exec-plugin');
afterAll(files.remove);

/** A kubeconfig whose user runs `plugin`; `exec` and `cluster` add to the stanzas. */
function pluginKubeconfig(
  name: string,
  plugin: string,
  options: { exec?: object; cluster?: object; server?: string } = {},
): string {
  const cluster = localCluster();
  return files.kubeconfig(`${name}.kubeconfig`, {
    clusters: [
      {
        name: 'local',
        cluster: {
          server: options.server ?? cluster.server,
          'certificate-authority': cluster.certificateAuthority,
          ...options.cluster,
        },
      },
    ],
    users: [
      {
        name: `${name}-user`,
        user: { exec: { apiVersion: execApiVersion, command: plugin, interactiveMode: 'Never', ...options.exec } },
      },
    ],
    contexts: [{ name, context: { cluster: 'local', user: `${name}-user` } }],
    'current-context': name,
  });
}

const parallel = (count: number, send: () => Promise<{ status: number }>) =>
  Promise.all(Array.from({ length: count }, send));

describe('a kubeconfig user with a credential plugin', () => {
  it('runs the plugin once for 20 parallel requests, and once more for 20 parallel requests after the credential expired', async () => {
    const { adminToken } = localCluster();
    const plugin = files.script(
      'single-flight.sh',
      tokenPluginBody({
        runsFile: `${files.dir}/single-flight.runs`,
        token: adminToken,
        seconds: 0.5,
        validSeconds: 3,
      }),
    );
    const { app } = testApp(loadKubeConfig(pluginKubeconfig('single-flight', plugin)));

    const cold = await parallel(20, () => request(app).get('/api/namespaces'));
    expect(cold.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(files.lines('single-flight.runs')).toHaveLength(1);

    // The credential printed "valid for 3 s"; wait it out, then a burst again.
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    const expired = await parallel(20, () => request(app).get('/api/namespaces'));
    expect(expired.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(files.lines('single-flight.runs')).toHaveLength(2);
  });

  it('sets KUBERNETES_EXEC_INFO, with the cluster, its CA and its exec extension when provideClusterInfo is true', async () => {
    const cluster = localCluster();
    const infoFile = `${files.dir}/exec-info.json`;
    const plugin = files.script(
      'exec-info.sh',
      tokenPluginBody({
        runsFile: `${files.dir}/exec-info.runs`,
        token: cluster.adminToken,
        extra: `printf '%s' "$KUBERNETES_EXEC_INFO" > '${infoFile}'`,
      }),
    );
    const extension = { audience: 'berth-tests' };
    const kubeconfig = pluginKubeconfig('exec-info', plugin, {
      exec: { provideClusterInfo: true },
      cluster: { extensions: [{ name: 'client.authentication.k8s.io/exec', extension }] },
    });
    const { app } = testApp(loadKubeConfig(kubeconfig));
    expect((await request(app).get('/api/namespaces')).status).toBe(200);
    expect(JSON.parse(readFileSync(infoFile, 'utf8'))).toEqual({
      apiVersion: execApiVersion,
      kind: 'ExecCredential',
      spec: {
        interactive: false,
        cluster: {
          server: cluster.server,
          'certificate-authority-data': readFileSync(cluster.certificateAuthority).toString('base64'),
          config: extension,
        },
      },
    });
  });

  it('reuses connections: 100 requests, 10 at a time, open at most 10 connections to the API server', async () => {
    const proxy = await startApiServerProxy(adminKubeConfig());
    try {
      const server = proxy.kubeConfig.getCurrentCluster()?.server;
      const plugin = files.script(
        'reuse.sh',
        tokenPluginBody({ runsFile: `${files.dir}/reuse.runs`, token: localCluster().adminToken, validSeconds: 600 }),
      );
      const { app } = testApp(loadKubeConfig(pluginKubeconfig('reuse', plugin, { server })));
      for (let round = 0; round < 10; round++) {
        expect((await parallel(10, () => request(app).get('/api/namespaces'))).map((r) => r.status)).toEqual(
          Array(10).fill(200),
        );
      }
      expect(proxy.connections().length).toBeLessThanOrEqual(10);
      expect(files.lines('reuse.runs')).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it("answers with the plugin's own words and exit status when it fails, on every route and on readyz", async () => {
    const plugin = files.script(
      'sso-expired.sh',
      [
        `echo run >> '${files.dir}/sso-expired.runs'`,
        "echo 'Error loading SSO Token: Token for my-sso does not exist' >&2",
        "echo 'To refresh this SSO session run aws sso login with the corresponding profile.' >&2",
        'exit 255',
      ].join('\n'),
    );
    const { app, logs } = testApp(loadKubeConfig(pluginKubeconfig('sso-expired', plugin)));
    const expected = {
      status: 503,
      reason: 'CredentialPluginFailed',
      message: `The credential plugin ${plugin} of user sso-expired-user failed with exit status 255: Error loading SSO Token: Token for my-sso does not exist\nTo refresh this SSO session run aws sso login with the corresponding profile.`,
    };
    for (const path of [
      '/api/readyz',
      '/api/namespaces',
      '/api/namespaces/default/secrets',
      '/api/namespaces/default/deployments',
    ]) {
      const response = await request(app).get(path);
      expect({ path, status: response.status, body: response.body as unknown }).toEqual({
        path,
        status: 503,
        body: expected,
      });
    }
    // /api/cluster still names the context and user from the kubeconfig, with the plugin's words in place of the version.
    const cluster = await request(app).get('/api/cluster');
    expect(cluster.status).toBe(200);
    expect(cluster.body).toMatchObject({
      context: 'sso-expired',
      user: 'sso-expired-user',
      credentialProblem: { reason: expected.reason, message: expected.message },
    });
    expect(cluster.body).not.toHaveProperty('version');
    expect(logs()).toContain('CredentialPluginFailed');
  });

  it('runs a failing plugin once for the requests within its back-off (2 s), and again for the first one after it', async () => {
    const runsFile = `${files.dir}/back-off.runs`;
    const plugin = files.script(
      'back-off.sh',
      [`echo run >> '${runsFile}'`, 'echo "Run \'aws sso login --profile dev\'" >&2', 'exit 255'].join('\n'),
    );
    const { app } = testApp(loadKubeConfig(pluginKubeconfig('back-off', plugin)));
    const first = await request(app).get('/api/readyz');
    const failedAt = Date.now();
    expect(first.body).toMatchObject({ reason: 'CredentialPluginFailed' });
    // An idle tab's readyz polls and a page's lists, well inside the back-off.
    const within: number[] = [];
    for (const path of ['/api/readyz', '/api/namespaces', '/api/namespaces/default/deployments', '/api/readyz']) {
      within.push((await request(app).get(path)).status);
    }
    expect(Date.now() - failedAt).toBeLessThan(1_500);
    expect(within).toEqual([503, 503, 503, 503]);
    expect(files.lines('back-off.runs')).toHaveLength(1);

    await new Promise((resolve) => setTimeout(resolve, 2_100 - (Date.now() - failedAt)));
    const after = await request(app).get('/api/readyz');
    expect(after.body).toMatchObject({
      reason: 'CredentialPluginFailed',
      message: expect.stringContaining('aws sso login') as unknown,
    });
    expect(files.lines('back-off.runs')).toHaveLength(2);
  });
});
