// The cluster stanza's connection settings, honoured over the BFF's shared connections against the real API server:
// tls-server-name, insecure-skip-tls-verify, proxy-url (an HTTP CONNECT proxy) and a server URL with a path prefix.
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { Watch } from '@kubernetes/client-node';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKubeConfig } from './load-kubeconfig';
import { testApp } from '../../testing/cluster';
import { kubeconfigDir, localCluster } from '../../testing/kubeconfig-files';

const files = kubeconfigDir('cluster-connection');
const closers: (() => void)[] = [];
afterAll(() => {
  for (const close of closers) close();
  files.remove();
});

function kubeconfig(name: string, cluster: object): string {
  return files.kubeconfig(`${name}.kubeconfig`, {
    clusters: [{ name: 'c', cluster }],
    users: [{ name: 'admin', user: { token: localCluster().adminToken } }],
    contexts: [{ name, context: { cluster: 'c', user: 'admin' } }],
    'current-context': name,
  });
}

async function listen(server: ReturnType<typeof createHttpServer>): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => server.close());
  return (server.address() as AddressInfo).port;
}

const statusOf = async (file: string, path = '/api/namespaces') =>
  (await request(testApp(loadKubeConfig(file)).app).get(path)).status;

describe('the cluster connection settings of a kubeconfig', () => {
  it('verifies the server certificate against tls-server-name', async () => {
    const { server, certificateAuthority } = localCluster();
    expect(
      await statusOf(
        kubeconfig('sni-ok', {
          server,
          'certificate-authority': certificateAuthority,
          'tls-server-name': 'kubernetes',
        }),
      ),
    ).toBe(200);
    expect(
      await statusOf(
        kubeconfig('sni-wrong', {
          server,
          'certificate-authority': certificateAuthority,
          'tls-server-name': 'localhost',
        }),
      ),
    ).toBe(503);
  });

  it('skips verification only when insecure-skip-tls-verify says so', async () => {
    const { server } = localCluster();
    expect(await statusOf(kubeconfig('skip', { server, 'insecure-skip-tls-verify': true }))).toBe(200);
    expect(await statusOf(kubeconfig('no-ca', { server }))).toBe(503);
  });

  it('goes through proxy-url, one CONNECT tunnel reused for many requests', async () => {
    const { server, certificateAuthority } = localCluster();
    const tunnels: string[] = [];
    const proxy = createHttpServer();
    proxy.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
      tunnels.push(req.url ?? '');
      const [host, port] = (req.url ?? '').split(':');
      const upstream = connect(Number(port), host ?? '', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client).pipe(upstream);
      });
      for (const socket of [client, upstream]) socket.on('error', () => socket.destroy());
    });
    const port = await listen(proxy);
    const { app } = testApp(
      loadKubeConfig(
        kubeconfig('proxied', {
          server,
          'certificate-authority': certificateAuthority,
          'proxy-url': `http://127.0.0.1:${port}`,
        }),
      ),
    );
    for (let i = 0; i < 20; i++) expect((await request(app).get('/api/namespaces')).status).toBe(200);
    expect(tunnels.length).toBeGreaterThanOrEqual(1);
    expect(tunnels.length).toBeLessThanOrEqual(2);
    expect(new Set(tunnels)).toEqual(new Set([new URL(server).host]));
  });

  it('keeps a path prefix of the server URL on every call: typed clients, raw lists and watches', async () => {
    const { server, certificateAuthority } = localCluster();
    const upstream = new URL(server);
    const seen: string[] = [];
    // A reverse proxy serving the API under /k8s/cluster-a, as a gateway in front of several clusters does.
    const gateway = createHttpServer((req: IncomingMessage, res: ServerResponse) => {
      seen.push(req.url ?? '');
      const path = (req.url ?? '').replace(/^\/k8s\/cluster-a/, '');
      const forwarded = httpsRequest(
        {
          host: upstream.hostname,
          port: upstream.port,
          path,
          method: req.method,
          headers: req.headers,
          ca: readFileSync(certificateAuthority),
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forwarded.on('error', () => res.destroy());
      req.pipe(forwarded);
    });
    const port = await listen(gateway);
    const kubeConfig = loadKubeConfig(
      kubeconfig('prefixed', { server: `http://127.0.0.1:${port}/k8s/cluster-a`, 'insecure-skip-tls-verify': true }),
    );
    const { app } = testApp(kubeConfig);
    expect((await request(app).get('/api/namespaces')).status).toBe(200);
    expect((await request(app).get('/api/namespaces/default/secrets')).status).toBe(200);
    const added = await new Promise<string>((resolve, reject) => {
      void new Watch(kubeConfig)
        .watch(
          '/api/v1/namespaces',
          {},
          (phase, object: { metadata?: { name?: string } }) => resolve(`${phase} ${object.metadata?.name ?? ''}`),
          reject,
        )
        .then((controller) => closers.push(() => controller.abort()));
    });
    expect(added).toMatch(/^ADDED /);
    expect(seen.some((url) => url.startsWith('/k8s/cluster-a/api/v1/namespaces'))).toBe(true);
    expect(seen.some((url) => url.startsWith('/k8s/cluster-a/api/v1/namespaces/default/secrets'))).toBe(true);
    expect(seen.some((url) => url.startsWith('/k8s/cluster-a/api/v1/namespaces?') && url.includes('watch=true'))).toBe(
      true,
    );
    expect(seen.every((url) => url.startsWith('/k8s/cluster-a/'))).toBe(true);
  });
});
