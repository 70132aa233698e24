import type { KubernetesObject } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import type { WatchedKind } from './informer-hub';
import { heldOwner } from './workload-messages';

const object = (kind: string, name: string, owner?: KubernetesObject): KubernetesObject => ({
  kind,
  metadata: {
    name,
    uid: `${name}-uid`,
    ...(owner
      ? {
          ownerReferences: [
            {
              apiVersion: 'v1',
              kind: owner.kind ?? '',
              name: owner.metadata?.name ?? '',
              uid: owner.metadata?.uid ?? '',
              controller: true,
            },
          ],
        }
      : {}),
  },
});
const db = object('StatefulSet', 'db');
const nightly = object('CronJob', 'nightly');
const run = object('Job', 'nightly-1', nightly);
const held = (kind: WatchedKind) => ({ statefulsets: [db], cronjobs: [nightly], jobs: [run] })[kind as string] ?? [];

describe('heldOwner', () => {
  it.each([
    ['a StatefulSet pod', object('Pod', 'db-0', db), 'StatefulSet', 'statefulsets', 'db'],
    ["a CronJob's Job", run, 'CronJob', 'cronjobs', 'nightly'],
    ["a Job's pod", object('Pod', 'nightly-1-x', run), 'Job', 'jobs', 'nightly-1'],
  ])('finds the owner of %s among what the stream holds', (_, owned, kind, watched, name) => {
    const owner = heldOwner(owned, held);
    expect([owner?.kind, owner?.watched, owner?.object.metadata?.name]).toEqual([kind, watched, name]);
  });

  it("leaves a ReplicaSet's pod (a Deployment's, found through its ReplicaSets) and an owner not held", () => {
    expect(heldOwner(object('Pod', 'web-1', object('ReplicaSet', 'web')), held)).toBeUndefined();
    expect(heldOwner(object('Pod', 'agent-x', object('DaemonSet', 'agent')), held)).toBeUndefined();
  });
});
