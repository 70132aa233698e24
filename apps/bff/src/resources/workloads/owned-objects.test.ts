import { describe, expect, it } from 'vitest';
import { byOrdinal, controllerOf, ownedBy, workloadOf } from './owned-objects';

const pod = (name: string, ...owners: string[]) => ({
  metadata: {
    name,
    ownerReferences: owners.map((uid) => ({ uid, kind: 'StatefulSet', name: 'web', controller: true })),
  },
});

describe('owned objects', () => {
  it('finds each owner its pods by uid, not by name', () => {
    const podsOf = ownedBy([pod('web-0', 'u1'), pod('web-1', 'u1'), pod('other-0', 'u2'), pod('free')]);
    expect(podsOf({ metadata: { uid: 'u1', name: 'web' } }).map((p) => p.metadata.name)).toEqual(['web-0', 'web-1']);
    expect(podsOf({ metadata: { uid: 'u3', name: 'web' } })).toEqual([]);
    expect(controllerOf(pod('web-0', 'u1'))).toEqual({ kind: 'StatefulSet', name: 'web', uid: 'u1' });
    expect(controllerOf(pod('free'))).toBeUndefined();
  });

  it('orders a StatefulSet’s pods by ordinal', () => {
    const names = ['web-10', 'web-2', 'web-0', 'web-1'].map((name) => ({ name }));
    expect(byOrdinal(names).map((p) => p.name)).toEqual(['web-0', 'web-1', 'web-2', 'web-10']);
  });
});

describe('workloadOf', () => {
  const ref = (kind: string, name: string, uid: string) => ({ kind, name, uid, controller: true });
  const pod = { metadata: { ownerReferences: [ref('ReplicaSet', 'web-7d4b9c', 'rs-1')] } };

  it('names the Deployment behind a ReplicaSet, the ReplicaSet when none controls it or it was not read', () => {
    const replicaSet = { metadata: { uid: 'rs-1', ownerReferences: [ref('Deployment', 'web', 'd-1')] } };
    expect(workloadOf(pod, replicaSet)).toEqual({ kind: 'Deployment', name: 'web', uid: 'd-1' });
    expect(workloadOf(pod, { metadata: { uid: 'rs-1' } })).toEqual({
      kind: 'ReplicaSet',
      name: 'web-7d4b9c',
      uid: 'rs-1',
    });
    expect(workloadOf(pod)).toEqual({ kind: 'ReplicaSet', name: 'web-7d4b9c', uid: 'rs-1' });
  });

  it('names any other controller itself, and nothing for a pod without one', () => {
    const statefulPod = { metadata: { ownerReferences: [ref('StatefulSet', 'db', 's-1')] } };
    expect(workloadOf(statefulPod)).toEqual({ kind: 'StatefulSet', name: 'db', uid: 's-1' });
    expect(workloadOf({ metadata: {} })).toBeUndefined();
  });
});
