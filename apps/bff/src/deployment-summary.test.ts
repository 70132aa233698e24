import type { CoreV1Event, V1Deployment, V1Pod, V1ReplicaSet } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { deploymentSummary } from '@berth/contracts';
import { ownedObjects, podsByDeployment, toDeploymentDetail, toDeploymentSummary } from './deployment-summary';
import type { JsonOf } from './list-json';

const deployment: V1Deployment = {
  metadata: { name: 'web', namespace: 'ns', uid: 'd1', creationTimestamp: new Date('2026-01-01T00:00:00Z') },
  spec: { replicas: 1, selector: {}, template: { spec: { containers: [{ name: 'c', image: 'r.io/a:v1' }], imagePullSecrets: [{ name: 'pull' }] } } },
  status: { replicas: 1, updatedReplicas: 1, conditions: [{ type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated' }] },
};
const owned = (uid: string, kind: string) => ({ ownerReferences: [{ uid, kind, name: 'x', apiVersion: 'v1' }] });
const replicaSets: V1ReplicaSet[] = [
  { metadata: { name: 'web-1', uid: 'rs1', ...owned('d1', 'Deployment') } },
  { metadata: { name: 'other-1', uid: 'rs2', ...owned('d2', 'Deployment') } },
];
const pod = (name: string, rs: string, reason: string): V1Pod => ({
  metadata: { name, uid: `${name}-uid`, ...owned(rs, 'ReplicaSet'), creationTimestamp: new Date('2026-01-01T00:01:00Z') },
  spec: { nodeName: 'node-1', containers: [{ name: 'c', image: 'r.io/a:v1' }] },
  status: { phase: 'Pending', containerStatuses: [{ name: 'c', image: 'r.io/a:v1', imageID: '', ready: false, restartCount: 2, state: { waiting: { reason, message: 'why' } } }] },
});
const event = (uid: string, reason: string, at: string): CoreV1Event => ({
  metadata: {},
  involvedObject: { uid, kind: 'Pod', name: 'n' },
  reason,
  message: reason,
  type: 'Warning',
  lastTimestamp: new Date(at),
  count: 3,
});

describe('toDeploymentDetail', () => {
  it('keeps only its own ReplicaSets, pods and their events, newest event first', () => {
    const detail = toDeploymentDetail(
      deployment,
      replicaSets,
      [pod('web-1-a', 'rs1', 'ImagePullBackOff'), pod('other-1-a', 'rs2', 'CrashLoopBackOff')],
      [event('web-1-a-uid', 'Failed', '2026-01-01T00:02:00Z'), event('d1', 'ScalingReplicaSet', '2026-01-01T00:00:01Z'), event('other-1-a-uid', 'BackOff', '2026-01-01T00:03:00Z'), event('web-1-a-uid', 'BackOff', '2026-01-01T00:04:00Z')],
    );
    expect(detail).toMatchObject({ name: 'web', ready: '0/1', status: 'Failed', reason: 'ImagePullBackOff', message: 'why', imagePullSecrets: ['pull'], created: '2026-01-01T00:00:00.000Z' });
    expect(detail.pods).toEqual([
      { name: 'web-1-a', phase: 'Pending', node: 'node-1', created: '2026-01-01T00:01:00.000Z', containers: [{ name: 'c', image: 'r.io/a:v1', ready: false, restarts: 2, state: 'waiting', reason: 'ImagePullBackOff', message: 'why' }] },
    ]);
    expect(detail.events.map((e) => e.reason)).toEqual(['BackOff', 'Failed', 'ScalingReplicaSet']);
    expect(detail.events[0]).toMatchObject({ count: 3, object: { kind: 'Pod', name: 'n' }, lastSeen: '2026-01-01T00:04:00.000Z' });
  });
});

describe('podsByDeployment', () => {
  it('finds each Deployment the same pods as ownedObjects does', () => {
    const pods = [pod('web-1-a', 'rs1', 'ImagePullBackOff'), pod('other-1-a', 'rs2', 'CrashLoopBackOff'), pod('web-1-b', 'rs1', 'ErrImagePull'), pod('orphan', 'rs9', 'x')];
    const podsOf = podsByDeployment(replicaSets, pods);
    for (const uid of ['d1', 'd2', 'd3']) {
      const owner = { metadata: { uid } };
      expect(podsOf(owner)).toEqual(ownedObjects(owner, replicaSets, pods).pods);
    }
    expect(podsOf(deployment).map((p) => p.metadata?.name)).toEqual(['web-1-a', 'web-1-b']);
  });
});

describe('toDeploymentSummary', () => {
  it('gives the same row for the API server\'s JSON as for client-node\'s model, valid by the contract', () => {
    const json = JSON.parse(JSON.stringify(deployment)) as JsonOf<V1Deployment>;
    const podJson = JSON.parse(JSON.stringify(pod('web-1-a', 'rs1', 'ImagePullBackOff'))) as JsonOf<V1Pod>;
    const row = toDeploymentSummary(json, [podJson]);
    expect(row).toEqual(toDeploymentSummary(deployment, [pod('web-1-a', 'rs1', 'ImagePullBackOff')]));
    expect(deploymentSummary.parse(row)).toEqual(row);
    expect(row.created).toBe('2026-01-01T00:00:00.000Z');
  });
});
