// The three registries as real docker-registry processes, checked with @berth/registry as the node agent will.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCredentials, checkManifest } from '@berth/registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareRegistries, type Registries, type RegistryPorts } from './prepare-registries';
import { freeLoopbackPort } from '../testing/free-port';

async function waitUntil(ready: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`${what} did not become ready`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let stateDir = '';
let registries: Registries;
const children: ChildProcess[] = [];
const stderr = new Map<string, string>();

beforeAll(async () => {
  stateDir = await mkdtemp(join(tmpdir(), 'berth-registries-'));
  const ports: RegistryPorts = {
    private: await freeLoopbackPort(),
    mirror: await freeLoopbackPort(),
    token: await freeLoopbackPort(),
    tokenIssuer: await freeLoopbackPort(),
  };
  registries = await prepareRegistries({ stateDir, ports });
  for (const service of registries.services) {
    const child = spawn(service.command, service.args, {
      env: { ...process.env, ...service.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr?.on('data', (chunk: Buffer) =>
      stderr.set(service.name, (stderr.get(service.name) ?? '') + chunk.toString()),
    );
    children.push(child);
  }
  for (const service of registries.services) {
    await waitUntil(service.isReady, `${service.name}: ${stderr.get(service.name) ?? ''}`);
  }
  await registries.seed();
  // Seeding twice changes nothing and does not fail.
  await registries.seed();
});

afterAll(async () => {
  for (const child of children)
    if (child.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGTERM');
  if (stateDir) await rm(stateDir, { recursive: true, force: true });
});

const env = (name: string): string => {
  const value = registries.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const awesomeapp = { repository: 'janedoe/awesomeapp', reference: 'v1' };

describe('private registry (htpasswd)', () => {
  const credentials = () => ({ username: env('BERTH_REGISTRY_USERNAME'), password: env('BERTH_REGISTRY_PASSWORD') });

  it('lets the right credentials pull, with the manifest digest', async () => {
    const outcome = await checkManifest({ registry: env('BERTH_REGISTRY'), ...awesomeapp, credentials: credentials() });
    expect(outcome).toEqual({ kind: 'ok', digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) as unknown });
  });

  it('holds v1 and v2 as different images, and resolves by digest', async () => {
    const registry = env('BERTH_REGISTRY');
    const v1 = await checkManifest({ registry, ...awesomeapp, credentials: credentials() });
    const v2 = await checkManifest({ registry, ...awesomeapp, reference: 'v2', credentials: credentials() });
    expect(v1.kind === 'ok' && v2.kind === 'ok' && v1.digest !== v2.digest).toBe(true);
    const byDigest = await checkManifest({
      registry,
      ...awesomeapp,
      reference: v1.kind === 'ok' ? (v1.digest ?? '') : '',
      credentials: credentials(),
    });
    expect(byDigest).toEqual(v1);
  });

  it('refuses a wrong password and no credentials as unauthorized', async () => {
    const registry = env('BERTH_REGISTRY');
    const wrong = await checkManifest({ registry, ...awesomeapp, credentials: { username: 'ssl', password: 'wrong' } });
    expect(wrong).toMatchObject({
      kind: 'unauthorized',
      status: 401,
      message: expect.stringMatching(/^unauthorized: authentication required/) as unknown,
    });
    expect(wrong.kind !== 'ok' && wrong.message).not.toContain('wrong');
    expect(await checkManifest({ registry, ...awesomeapp })).toMatchObject({ kind: 'unauthorized' });
  });

  it('reports an unknown tag and an unknown repository as not found', async () => {
    const registry = env('BERTH_REGISTRY');
    expect(await checkManifest({ registry, ...awesomeapp, reference: 'v404', credentials: credentials() })).toEqual({
      kind: 'not-found',
      status: 404,
      message: 'manifest unknown: manifest unknown',
    });
    // distribution 2.8 on filesystem storage answers an unknown repository with `manifest unknown` too.
    expect(
      await checkManifest({ registry, repository: 'janedoe/nothing', reference: 'v1', credentials: credentials() }),
    ).toMatchObject({
      kind: 'not-found',
      status: 404,
    });
  });

  it('checks credentials the way docker login does', async () => {
    const registry = env('BERTH_REGISTRY');
    expect(await checkCredentials({ registry, credentials: credentials() })).toEqual({ kind: 'ok' });
    expect(await checkCredentials({ registry, credentials: { username: 'ssl', password: 'nope' } })).toMatchObject({
      kind: 'unauthorized',
    });
    expect(await checkCredentials({ registry })).toMatchObject({ kind: 'unauthorized' });
  });
});

describe('token registry (Bearer)', () => {
  const credentials = () => ({
    username: env('BERTH_TOKEN_REGISTRY_USERNAME'),
    password: env('BERTH_TOKEN_REGISTRY_PASSWORD'),
  });

  it('lets its user pull', async () => {
    const outcome = await checkManifest({
      registry: env('BERTH_TOKEN_REGISTRY'),
      ...awesomeapp,
      credentials: credentials(),
    });
    expect(outcome).toEqual({ kind: 'ok', digest: expect.stringMatching(/^sha256:/) as unknown });
  });

  it('refuses a wrong password at the token server', async () => {
    const outcome = await checkManifest({
      registry: env('BERTH_TOKEN_REGISTRY'),
      ...awesomeapp,
      credentials: { username: env('BERTH_TOKEN_REGISTRY_USERNAME'), password: 'wrong' },
    });
    expect(outcome).toMatchObject({
      kind: 'unauthorized',
      status: 401,
      message: 'unauthorized: incorrect username or password',
    });
  });

  it('gives an anonymous pull an empty grant: unauthorized, insufficient scope', async () => {
    const outcome = await checkManifest({ registry: env('BERTH_TOKEN_REGISTRY'), ...awesomeapp });
    expect(outcome).toMatchObject({
      kind: 'unauthorized',
      status: 401,
      message: expect.stringMatching(/insufficient scope/) as unknown,
    });
  });

  it('checks credentials with a token request without scope', async () => {
    const registry = env('BERTH_TOKEN_REGISTRY');
    expect(await checkCredentials({ registry, credentials: credentials() })).toEqual({ kind: 'ok' });
    expect(await checkCredentials({ registry, credentials: { username: 'jane', password: 'nope' } })).toMatchObject({
      kind: 'unauthorized',
    });
  });
});

describe('docker.io mirror (anonymous)', () => {
  it('serves library/nginx:latest to anyone', async () => {
    const mirror = new URL(env('BERTH_MIRROR').replace(/^docker\.io=/, '')).host;
    expect(await checkManifest({ registry: mirror, repository: 'library/nginx', reference: 'latest' })).toMatchObject({
      kind: 'ok',
    });
    expect(await checkCredentials({ registry: mirror })).toEqual({ kind: 'ok' });
  });
});

describe('network failures', () => {
  it('reports an unknown host as "no such host"', async () => {
    expect(await checkManifest({ registry: 'nosuch.invalid', ...awesomeapp })).toEqual({
      kind: 'network',
      message: 'dial tcp: lookup nosuch.invalid: no such host',
    });
  });

  it('reports a closed port as "connection refused"', async () => {
    const port = await freeLoopbackPort();
    const outcome = await checkManifest({ registry: `127.0.0.1:${port}`, ...awesomeapp });
    expect(outcome).toEqual({ kind: 'network', message: `dial tcp 127.0.0.1:${port}: connect: connection refused` });
  });
});

describe('preparation', () => {
  it('keeps the generated passwords, owner-readable only, across runs', async () => {
    const again = await prepareRegistries({ stateDir, ports: { private: 1, mirror: 2, token: 3, tokenIssuer: 4 } });
    expect(again.env.BERTH_REGISTRY_PASSWORD).toBe(registries.env.BERTH_REGISTRY_PASSWORD);
    expect(again.env.BERTH_TOKEN_REGISTRY_PASSWORD).toBe(registries.env.BERTH_TOKEN_REGISTRY_PASSWORD);
    expect((await stat(join(stateDir, 'registries', 'credentials.json'))).mode & 0o777).toBe(0o600);
  });
});
