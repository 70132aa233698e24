import type { KubernetesObject } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { connectKubernetes } from '../kube/clients';
import { unreachableKubeConfig } from '../testing/unreachable-cluster';
import type { InformerStore } from './informer-hub';
import { Lister } from './lister';

/** An informer's store whose resourceVersion and objects the test moves, waking waiters as a real one does. */
class FakeStore implements InformerStore {
  synced = true;
  resourceVersion = '10';
  objects: KubernetesObject[] = [];
  private wakers: (() => void)[] = [];

  list(): readonly KubernetesObject[] {
    return this.objects;
  }
  get(name: string): KubernetesObject | undefined {
    return this.objects.find((o) => o.metadata?.name === name);
  }
  nextChange(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wakers.push(resolve);
      setTimeout(resolve, ms);
    });
  }
  apply(resourceVersion: string, objects: KubernetesObject[]): void {
    this.resourceVersion = resourceVersion;
    this.objects = objects;
    for (const wake of this.wakers.splice(0)) wake();
  }
}

const identity = { key: 'kubeconfig', kubernetes: connectKubernetes(unreachableKubeConfig()) };
const secret = (name: string, uid: string): KubernetesObject => ({ metadata: { name, uid } });

function listerOver(store: FakeStore | undefined, maxWaitMs = 2_000) {
  return new Lister({ store: () => store }, maxWaitMs);
}

describe('Lister', () => {
  it('reads the API server when no stream holds an informer, or it is not synced', async () => {
    expect(await listerOver(undefined).read(identity, 'secrets', 'ns')).toBeUndefined();
    const store = new FakeStore();
    store.synced = false;
    expect(await listerOver(store).read(identity, 'secrets', 'ns')).toBeUndefined();
  });

  it("answers a synced informer's objects with its resourceVersion", async () => {
    const store = new FakeStore();
    store.apply('12', [secret('a', 'u1')]);
    expect(await listerOver(store).read(identity, 'secrets', 'ns')).toEqual({
      items: [secret('a', 'u1')],
      resourceVersion: '12',
    });
  });

  it('waits for the watch to deliver an acknowledged create or deletion, then answers', async () => {
    const store = new FakeStore();
    store.apply('10', [secret('old', 'u0')]);
    const lister = listerOver(store);
    lister.acknowledge('ns', 'secrets', { resourceVersion: '11' });
    const afterCreate = lister.read(identity, 'secrets', 'ns');
    store.apply('11', [secret('old', 'u0'), secret('new', 'u1')]);
    expect((await afterCreate)?.items).toHaveLength(2);

    lister.acknowledge('ns', 'secrets', { deleted: { name: 'old', uid: 'u0' } });
    const afterDelete = lister.read(identity, 'secrets', 'ns');
    store.apply('12', [secret('new', 'u1')]);
    expect(await afterDelete).toEqual({ items: [secret('new', 'u1')], resourceVersion: '12' });
  });

  it('reads the API server when the watch has not delivered the write in time', async () => {
    const store = new FakeStore();
    const lister = listerOver(store, 30);
    lister.acknowledge('ns', 'secrets', { resourceVersion: '11' });
    expect(await lister.read(identity, 'secrets', 'ns')).toBeUndefined();
  });

  it('reads the API server at once when a resourceVersion cannot be compared, or the watch fails while waiting', async () => {
    const store = new FakeStore();
    store.resourceVersion = 'opaque';
    const lister = listerOver(store);
    lister.acknowledge('ns', 'secrets', { resourceVersion: '11' });
    const started = performance.now();
    expect(await lister.read(identity, 'secrets', 'ns')).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(500);

    store.resourceVersion = '10';
    const waiting = lister.read(identity, 'secrets', 'ns');
    store.synced = false;
    store.apply('11', []);
    expect(await waiting).toBeUndefined();
  });
});
