// The private API server fault tests stop and start: an HA peer of the shared one, over the same etcd.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersOk } from '../probe';
import { compactEtcd } from './etcd';
import { kubectl, kubectlOk } from './kubectl';
import { type PrivateApiServer, startPrivateApiServer } from './private-api-server';
import { uniqueNamespace } from './seed-deployment';

describe('private API server', () => {
  let server: PrivateApiServer;
  const name = uniqueNamespace('private-apiserver');

  beforeAll(async () => {
    server = await startPrivateApiServer({ watchCache: false });
  });
  afterAll(async () => {
    await kubectl(['-n', 'default', 'delete', 'secret', name, '--ignore-not-found']);
    await server.close();
    // A second close must be harmless: fault tests close in afterAll even when a test already did.
    await server.close();
  });

  it('serves the objects the shared API server writes, to the same admin token', async () => {
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).not.toContain(':6443');
    await kubectlOk(['-n', 'default', 'create', 'secret', 'generic', name, '--from-literal=k=v']);
    const seen = await kubectlOk(['-n', 'default', 'get', 'secret', name, '-o', 'jsonpath={.metadata.name}'], {
      kubeconfig: server.kubeconfigPath,
    });
    expect(seen).toBe(name);
  });

  it('refuses connections once stopped and serves again once started', async () => {
    await server.stop();
    expect(await answersOk(`${server.url}/readyz`)).toBe(false);
    const refused = await kubectl(['get', 'namespaces'], { kubeconfig: server.kubeconfigPath });
    expect(refused.stderr).toMatch(/refused/);
    // The shared API server is an HA peer, not this one: it keeps serving.
    await kubectlOk(['get', 'namespace', 'default']);

    await server.start();
    const seen = await kubectlOk(['-n', 'default', 'get', 'secret', name, '-o', 'name'], {
      kubeconfig: server.kubeconfigPath,
    });
    expect(seen.trim()).toBe(`secret/${name}`);
  });

  it('compacts etcd at its current revision', async () => {
    const first = await compactEtcd();
    await kubectlOk(['-n', 'default', 'label', 'secret', name, 'compacted=yes']);
    const second = await compactEtcd();
    expect(second).toBeGreaterThan(first);
  });
});
