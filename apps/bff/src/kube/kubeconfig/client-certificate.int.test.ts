// Client certificates against a real API server started with --client-ca-file: inline data, files relative to the
// kubeconfig, and certificates a credential plugin prints, each request on a connection with its own certificate.
import { startApiServerProxy, startPrivateApiServer, type PrivateApiServer } from '@berth/local-cluster/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKubeConfig } from './load-kubeconfig';
import { testApp } from '../../testing/cluster';
import { clientCertificateAuthority, type ClientCertificateAuthority } from '../../testing/client-certificates';
import { execApiVersion, kubeconfigDir, localCluster } from '../../testing/kubeconfig-files';

const files = kubeconfigDir('client-certificate');
let authority: ClientCertificateAuthority;
let apiServer: PrivateApiServer;

beforeAll(async () => {
  authority = clientCertificateAuthority(files.dir);
  apiServer = await startPrivateApiServer({ extraArgs: [`--client-ca-file=${authority.caFile}`] });
});

afterAll(async () => {
  await apiServer.close();
  files.remove();
});

function kubeconfig(name: string, user: object, server = apiServer.url): string {
  return files.kubeconfig(`${name}/config`, {
    clusters: [{ name: 'private', cluster: { server, 'certificate-authority': localCluster().certificateAuthority } }],
    users: [{ name, user }],
    contexts: [{ name, context: { cluster: 'private', user: name } }],
    'current-context': name,
  });
}

/** A plugin that prints this certificate as its ExecCredential. */
function certificatePlugin(name: string, certificate: { cert: string; key: string }): object {
  const status = { clientCertificateData: certificate.cert, clientKeyData: certificate.key };
  const credential = files.file(
    `${name}/credential.json`,
    JSON.stringify({ apiVersion: execApiVersion, kind: 'ExecCredential', status }),
  );
  return {
    exec: {
      apiVersion: execApiVersion,
      command: files.script(`${name}/plugin.sh`, `cat '${credential}'`),
      interactiveMode: 'Never',
    },
  };
}

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('kubeconfig users with client certificates', () => {
  it('acts as the user of an inline certificate (client-certificate-data)', async () => {
    const admin = authority.issue('berth-cert-admin', ['system:masters']);
    const { app } = testApp(
      loadKubeConfig(
        kubeconfig('inline', { 'client-certificate-data': b64(admin.cert), 'client-key-data': b64(admin.key) }),
      ),
    );
    expect((await request(app).get('/api/namespaces')).status).toBe(200);
    expect((await request(app).get('/api/namespaces/default/secrets')).status).toBe(200);
  });

  it('reads the certificate and key from files named relative to the kubeconfig', async () => {
    const viewer = authority.issue('berth-cert-viewer');
    files.file('relative/certs/viewer.crt', viewer.cert);
    files.file('relative/certs/viewer.key', viewer.key);
    const { app } = testApp(
      loadKubeConfig(
        kubeconfig('relative', { 'client-certificate': 'certs/viewer.crt', 'client-key': 'certs/viewer.key' }),
      ),
    );
    const response = await request(app).get('/api/namespaces');
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ message: 'berth-cert-viewer cannot list namespaces' });
  });

  it("sends each plugin's certificate on its own reused connections, never another user's, however the requests interleave", async () => {
    const proxy = await startApiServerProxy(loadKubeConfig(apiServer.kubeconfigPath));
    try {
      const server = proxy.kubeConfig.getCurrentCluster()?.server ?? '';
      const admin = loadKubeConfig(
        kubeconfig(
          'plugin-admin',
          certificatePlugin('plugin-admin', authority.issue('berth-plugin-admin', ['system:masters'])),
          server,
        ),
      );
      const viewer = loadKubeConfig(
        kubeconfig('plugin-viewer', certificatePlugin('plugin-viewer', authority.issue('berth-plugin-viewer')), server),
      );
      const [adminApp, viewerApp] = [testApp(admin).app, testApp(viewer).app];
      const answers: [string, number, string | undefined][] = [];
      for (let round = 0; round < 10; round++) {
        const both = await Promise.all(
          [adminApp, viewerApp, adminApp, viewerApp].map((app) => request(app).get('/api/namespaces')),
        );
        both.forEach((r, i) =>
          answers.push([i % 2 === 0 ? 'admin' : 'viewer', r.status, (r.body as { message?: string }).message]),
        );
      }
      expect(answers.filter(([who]) => who === 'admin')).toEqual(Array(20).fill(['admin', 200, undefined]));
      expect(answers.filter(([who]) => who === 'viewer')).toEqual(
        Array(20).fill(['viewer', 403, 'berth-plugin-viewer cannot list namespaces']),
      );
      // Two users, two requests each at a time: a handful of connections, not one per request (40).
      expect(proxy.connections().length).toBeLessThanOrEqual(8);
    } finally {
      await proxy.close();
    }
  });
});
