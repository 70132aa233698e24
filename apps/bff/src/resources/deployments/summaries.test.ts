import type { CoreV1Event, V1Deployment, V1Pod, V1ReplicaSet } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { deploymentDetail, deploymentSummary, eventSummary, podSummary } from '@berth/contracts';
import { toDeploymentDetail } from './deployment-detail';
import { toDeploymentSummary } from './deployment-summary';
import { toEventSummary } from './event-summary';
import { ownedObjects, podsByDeployment } from './owned-objects';
import { toPodSummary } from './pod-summary';
import type { JsonOf } from '../../kube/list-json';

const deployment: V1Deployment = {
  metadata: { name: 'web', namespace: 'ns', uid: 'd1', creationTimestamp: new Date('2026-01-01T00:00:00Z') },
  spec: {
    replicas: 1,
    selector: {},
    template: { spec: { containers: [{ name: 'c', image: 'r.io/a:v1' }], imagePullSecrets: [{ name: 'pull' }] } },
  },
  status: {
    replicas: 1,
    updatedReplicas: 1,
    conditions: [{ type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated' }],
  },
};
const owned = (uid: string, kind: string) => ({ ownerReferences: [{ uid, kind, name: 'x', apiVersion: 'v1' }] });
const replicaSets: V1ReplicaSet[] = [
  { metadata: { name: 'web-1', uid: 'rs1', ...owned('d1', 'Deployment') } },
  { metadata: { name: 'other-1', uid: 'rs2', ...owned('d2', 'Deployment') } },
];
const pod = (name: string, rs: string, reason: string): V1Pod => ({
  metadata: {
    name,
    uid: `${name}-uid`,
    ...owned(rs, 'ReplicaSet'),
    creationTimestamp: new Date('2026-01-01T00:01:00Z'),
  },
  spec: { nodeName: 'node-1', containers: [{ name: 'c', image: 'r.io/a:v1' }] },
  status: {
    phase: 'Pending',
    containerStatuses: [
      {
        name: 'c',
        image: 'r.io/a:v1',
        imageID: '',
        ready: false,
        restartCount: 2,
        state: { waiting: { reason, message: 'why' } },
      },
    ],
  },
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
      [
        event('web-1-a-uid', 'Failed', '2026-01-01T00:02:00Z'),
        event('d1', 'ScalingReplicaSet', '2026-01-01T00:00:01Z'),
        event('other-1-a-uid', 'BackOff', '2026-01-01T00:03:00Z'),
        event('web-1-a-uid', 'BackOff', '2026-01-01T00:04:00Z'),
      ],
    );
    expect(detail).toMatchObject({
      name: 'web',
      ready: '0/1',
      status: 'Failed',
      reason: 'ImagePullBackOff',
      message: 'why',
      imagePullSecrets: ['pull'],
      created: '2026-01-01T00:00:00.000Z',
    });
    expect(detail.pods).toEqual([
      {
        name: 'web-1-a',
        phase: 'Pending',
        node: 'node-1',
        created: '2026-01-01T00:01:00.000Z',
        containers: [
          {
            name: 'c',
            image: 'r.io/a:v1',
            ready: false,
            restarts: 2,
            state: 'waiting',
            reason: 'ImagePullBackOff',
            message: 'why',
          },
        ],
      },
    ]);
    expect(detail.events.map((e) => e.reason)).toEqual(['BackOff', 'Failed', 'ScalingReplicaSet']);
    expect(detail.events[0]).toMatchObject({
      count: 3,
      object: { kind: 'Pod', name: 'n' },
      lastSeen: '2026-01-01T00:04:00.000Z',
    });
  });
});

describe('podsByDeployment', () => {
  it('finds each Deployment the same pods as ownedObjects does', () => {
    const pods = [
      pod('web-1-a', 'rs1', 'ImagePullBackOff'),
      pod('other-1-a', 'rs2', 'CrashLoopBackOff'),
      pod('web-1-b', 'rs1', 'ErrImagePull'),
      pod('orphan', 'rs9', 'x'),
    ];
    const podsOf = podsByDeployment(replicaSets, pods);
    for (const uid of ['d1', 'd2', 'd3']) {
      const owner = { metadata: { uid } };
      expect(podsOf(owner)).toEqual(ownedObjects(owner, replicaSets, pods).pods);
    }
    expect(podsOf(deployment).map((p) => p.metadata?.name)).toEqual(['web-1-a', 'web-1-b']);
  });
});

describe('toDeploymentSummary', () => {
  it("gives the same row for the API server's JSON as for client-node's model, valid by the contract", () => {
    const json = JSON.parse(JSON.stringify(deployment)) as JsonOf<V1Deployment>;
    const podJson = JSON.parse(JSON.stringify(pod('web-1-a', 'rs1', 'ImagePullBackOff'))) as JsonOf<V1Pod>;
    const row = toDeploymentSummary(json, [podJson]);
    expect(row).toEqual(toDeploymentSummary(deployment, [pod('web-1-a', 'rs1', 'ImagePullBackOff')]));
    expect(deploymentSummary.parse(row)).toEqual(row);
    expect(row.created).toBe('2026-01-01T00:00:00.000Z');
  });
});

// The API server omits empty fields, and older ones send `null` for them: every reader takes both as empty.
const fromJson = <T>(text: string) => JSON.parse(text) as T;

describe('objects with fields omitted or null', () => {
  it.each([
    ['nothing at all', '{}'],
    ['metadata, spec and status null', '{"metadata":null,"spec":null,"status":null}'],
    ['a spec without its template', '{"metadata":{"name":"web","uid":"d1"},"spec":{}}'],
    [
      'a new Deployment: empty status, null lists',
      '{"metadata":{"name":"web","uid":"d1"},"spec":{"template":{"metadata":{"creationTimestamp":null},"spec":{"containers":null,"imagePullSecrets":null}}},"status":{"conditions":null}}',
    ],
  ])('summarises a Deployment with %s, valid by the contract', (_case, text) => {
    const d = fromJson<JsonOf<V1Deployment>>(text);
    expect(() => deploymentSummary.parse(toDeploymentSummary(d, []))).not.toThrow();
    const replicaSets = [
      fromJson<JsonOf<V1ReplicaSet>>('{}'),
      fromJson<JsonOf<V1ReplicaSet>>('{"metadata":{"ownerReferences":null}}'),
    ];
    const pods = [fromJson<JsonOf<V1Pod>>('{}'), fromJson<JsonOf<V1Pod>>('{"metadata":null,"status":null}')];
    expect(() =>
      deploymentDetail.parse(toDeploymentDetail(d, replicaSets, pods, [fromJson<JsonOf<CoreV1Event>>('{}')])),
    ).not.toThrow();
    expect(podsByDeployment(replicaSets, pods)(d)).toEqual([]);
  });

  it.each([
    ['nothing at all', '{}'],
    ['metadata, spec and status null', '{"metadata":null,"spec":null,"status":null}'],
    [
      'a pending pod: no container statuses yet',
      '{"metadata":{"name":"p"},"spec":{"containers":[{"name":"c","image":"i"}]},"status":{"phase":"Pending","containerStatuses":null}}',
    ],
  ])('summarises a pod with %s, valid by the contract', (_case, text) => {
    expect(() => podSummary.parse(toPodSummary(fromJson<JsonOf<V1Pod>>(text)))).not.toThrow();
  });

  it.each([
    ['nothing at all', '{}', ''],
    [
      'every time null but its creation (a core/v1 Event from events.k8s.io)',
      '{"metadata":{"creationTimestamp":"2026-01-01T00:00:00Z"},"involvedObject":{},"eventTime":null,"firstTimestamp":null,"lastTimestamp":null,"series":null}',
      '2026-01-01T00:00:00.000Z',
    ],
    ['every time null', '{"metadata":{"creationTimestamp":null},"eventTime":null,"lastTimestamp":null}', ''],
  ])('summarises an event with %s, valid by the contract', (_case, text, lastSeen) => {
    const summary = toEventSummary(fromJson<JsonOf<CoreV1Event>>(text));
    expect(eventSummary.parse(summary).lastSeen).toBe(lastSeen);
  });
});
