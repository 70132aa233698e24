// Issue 14: a registry check reaches registries only. No URL as a server, one address policy for the registry, its token
// realm and every redirect (checked on the address dialled), and a 401 without a challenge is no login. Both modes.
import type { Server } from 'node:http';
import request from 'supertest';
import { apiError, imageCheckResult, registryCheckResult } from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import { captureLogs } from '../../testing/log-capture';
import { adminKubeConfig } from '../../testing/cluster';
import { listen, restrictedToken, signIn, tokenApp } from '../../testing/signed-in';
import {
  challengelessRegistry,
  hangingRegistry,
  hostileHost,
  realmRegistry,
  redirectingRegistry,
  type HostileServer,
} from '../../testing/hostile-registry';

interface Mode {
  server: Server;
  /** Where the BFF under test listens: what a probe through it would aim at. */
  port: number;
  headers: Record<string, string>;
  namespace: string;
}

const modes: [string, () => Promise<Mode>][] = [
  [
    'single-user',
    async () => {
      const { server, url } = await listen(createApp({ kubeConfig: adminKubeConfig(), logger: captureLogs().logger }));
      return {
        server,
        port: Number(new URL(url).port),
        headers: { 'Content-Type': 'application/json' },
        namespace: 'default',
      };
    },
  ],
  [
    // The restricted user of the local cluster, on a BFF started with `--auth=token --registry-allow 127.0.0.2`.
    'sign-in',
    async () => {
      const { server, url } = await listen(tokenApp({ registryAllow: [`${hostileHost}/32`] }).app);
      const user = await signIn(server, restrictedToken());
      return { server, port: Number(new URL(url).port), headers: user.headers, namespace: 'team-a' };
    },
  ],
];

describe.each(modes)('registry checks in %s mode', (modeName, start) => {
  let mode: Mode;
  const servers: HostileServer[] = [];
  const serve = async (started: Promise<HostileServer>) => {
    const server = await started;
    servers.push(server);
    return server;
  };
  beforeAll(async () => {
    mode = await start();
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    mode.server.closeAllConnections();
    await new Promise((resolve) => mode.server.close(resolve));
  });

  const checkRegistry = (server: string) =>
    request(mode.server)
      .post('/api/registry-checks')
      .set(mode.headers)
      .send({ server, username: 'probe', password: 'probe-password' });
  const outcomeOf = async (server: string) => registryCheckResult.parse((await checkRegistry(server).expect(200)).body);

  it('takes a registry address only: no path, query, fragment or user-info (422 on server)', async () => {
    for (const server of [
      `http://127.0.0.1:${mode.port}/api/namespaces/x/secrets/leak1#`,
      `http://127.0.0.1:${mode.port}/api/namespaces/x/secrets/leak1?`,
      `127.0.0.1:${mode.port}/api/readyz`,
      `http://user:pass@${hostileHost}:1`,
    ]) {
      const res = await checkRegistry(server).expect(422);
      expect(apiError.parse(res.body).fields?.[0]?.path, server).toBe('server');
    }
  });

  it('never contacts link-local or cloud metadata addresses, however written', async () => {
    for (const server of [
      '169.254.169.254',
      'http://169.254.169.254:80',
      '[::ffff:169.254.169.254]',
      '[fe80::1]:5000',
      'metadata.google.internal',
      '100.100.100.200',
      '[fd00:ec2::254]',
      '0.0.0.0:5000',
      '[::]:5000',
    ]) {
      expect(await outcomeOf(server), server).toMatchObject({ outcome: 'blocked' });
    }
    const image = await request(mode.server)
      .post(`/api/namespaces/${mode.namespace}/image-checks`)
      .set(mode.headers)
      .send({ image: '169.254.169.254/latest/meta-data:v1' })
      .expect(200);
    expect(imageCheckResult.parse(image.body).outcome).toBe('blocked');
  });

  it('holds a redirect and the token realm to the same policy', async () => {
    for (const target of [
      'http://169.254.169.254/latest/meta-data/',
      'http://metadata.google.internal/computeMetadata/v1/',
    ]) {
      const redirecting = await serve(redirectingRegistry(target));
      expect(await outcomeOf(redirecting.address), `redirect to ${target}`).toMatchObject({ outcome: 'blocked' });
      const realm = await serve(realmRegistry(target));
      expect(await outcomeOf(realm.address), `realm ${target}`).toMatchObject({ outcome: 'blocked' });
    }
  });

  it('calls a 401 without WWW-Authenticate unauthorized, never ok', async () => {
    const registry = await serve(challengelessRegistry());
    expect(await outcomeOf(registry.address)).toMatchObject({ outcome: 'unauthorized' });
  });

  if (modeName === 'sign-in') {
    it('refuses loopback in every spelling at once, so the BFF, etcd and local ports cannot be probed or scanned', async () => {
      const hanging = await serve(hangingRegistry('127.0.0.1'));
      const bff = mode.port;
      const started = performance.now();
      for (const server of [
        `127.0.0.1:${bff}`,
        `localhost:${bff}`,
        `http://2130706433:${bff}`,
        `0x7f.1:${bff}`,
        `[::ffff:127.0.0.1]:${bff}`,
        `[::1]:${bff}`,
        '127.0.0.1:2379',
        hanging.address,
        '127.0.0.1:9',
      ]) {
        const result = await outcomeOf(server);
        expect(result.outcome, server).toBe('blocked');
        expect(result.message, server).toMatch(/loopback/);
      }
      // A hanging port and a closed one answer alike and at once: no timing to tell them apart.
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(hanging.received).toEqual([]);
    });

    it('follows no redirect and no realm back to the BFF itself', async () => {
      const target = `http://127.0.0.1:${mode.port}/api/namespaces/x/secrets/leak1`;
      const redirecting = await serve(redirectingRegistry(target));
      expect(await outcomeOf(redirecting.address)).toMatchObject({ outcome: 'blocked' });
      const realm = await serve(realmRegistry(target));
      expect(await outcomeOf(realm.address)).toMatchObject({ outcome: 'blocked' });
      const image = await request(mode.server)
        .post(`/api/namespaces/${mode.namespace}/image-checks`)
        .set(mode.headers)
        .send({ image: `127.0.0.1:${mode.port}/api/namespaces:v1` })
        .expect(200);
      expect(imageCheckResult.parse(image.body).outcome).toBe('blocked');
    });
  }
});
