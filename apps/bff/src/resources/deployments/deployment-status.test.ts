import type { V1Deployment, V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { consoleStatus, readyColumn } from './deployment-status';

type Status = NonNullable<V1Deployment['status']>;

function deployment(replicas: number, status: Status, generation = 1): V1Deployment {
  return {
    metadata: { name: 'web', generation },
    spec: { replicas, selector: {}, template: {} },
    status: { observedGeneration: 1, ...status },
  };
}

const available = { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' };
const unavailable = {
  type: 'Available',
  status: 'False',
  reason: 'MinimumReplicasUnavailable',
  message: 'Deployment does not have minimum availability.',
};
const progressing = (reason: string, status = 'True') => ({ type: 'Progressing', status, reason });

function waitingPod(reason: string, message?: string): V1Pod {
  return {
    status: {
      phase: 'Pending',
      containerStatuses: [
        {
          name: 'c',
          image: 'i',
          imageID: '',
          ready: false,
          restartCount: 0,
          state: { waiting: { reason, ...(message ? { message } : {}) } },
        },
      ],
    },
  };
}

describe('consoleStatus', () => {
  it.each<[string, V1Deployment, V1Pod[], ReturnType<typeof consoleStatus>]>([
    [
      'all replicas ready and up to date',
      deployment(2, {
        replicas: 2,
        readyReplicas: 2,
        updatedReplicas: 2,
        availableReplicas: 2,
        conditions: [available, progressing('NewReplicaSetAvailable')],
      }),
      [],
      { status: 'Running' },
    ],
    ['scaled to zero', deployment(0, { conditions: [available] }), [], { status: 'Running' }],
    [
      'a pod cannot pull its image',
      deployment(1, { replicas: 1, updatedReplicas: 1, conditions: [unavailable, progressing('ReplicaSetUpdated')] }),
      [waitingPod('ImagePullBackOff', 'Back-off pulling image "x"')],
      { status: 'Failed', reason: 'ImagePullBackOff', message: 'Back-off pulling image "x"' },
    ],
    [
      'the progress deadline passed',
      deployment(1, { replicas: 1, conditions: [unavailable, progressing('ProgressDeadlineExceeded', 'False')] }),
      [],
      { status: 'Failed', reason: 'ProgressDeadlineExceeded' },
    ],
    [
      'a rollout is creating pods',
      deployment(1, { replicas: 1, updatedReplicas: 1, conditions: [unavailable, progressing('ReplicaSetUpdated')] }),
      [waitingPod('ContainerCreating')],
      { status: 'Processing', reason: 'ReplicaSetUpdated' },
    ],
    [
      'the controller has not seen the new spec',
      deployment(
        1,
        { replicas: 1, readyReplicas: 1, updatedReplicas: 1, availableReplicas: 1, conditions: [available] },
        2,
      ),
      [],
      { status: 'Processing' },
    ],
    [
      'pods went away after the rollout finished',
      deployment(2, {
        replicas: 2,
        readyReplicas: 0,
        updatedReplicas: 2,
        availableReplicas: 0,
        conditions: [unavailable, progressing('NewReplicaSetAvailable')],
      }),
      [],
      {
        status: 'Unavailable',
        reason: 'MinimumReplicasUnavailable',
        message: 'Deployment does not have minimum availability.',
      },
    ],
    [
      'quota refused the pods',
      deployment(1, { conditions: [{ type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate' }] }),
      [],
      { status: 'Failed', reason: 'FailedCreate' },
    ],
  ])('%s', (_what, d, pods, expected) => {
    expect(consoleStatus(d, pods)).toEqual(expected);
  });
});

describe('a Deployment with some pods available and one failing a pull', () => {
  const three = (name: string): V1Pod => ({ metadata: { name }, status: { phase: 'Running' } });
  const failing = { ...waitingPod('ErrImagePull', 'unauthorized'), metadata: { name: 'web-4' } };
  const pods = [three('web-1'), three('web-2'), failing, three('web-3')];

  it('is Degraded (3 of 4 available) with the failing pod and its reason, not Failed', () => {
    const status = { replicas: 4, readyReplicas: 3, availableReplicas: 3, updatedReplicas: 4, conditions: [available] };
    expect(consoleStatus(deployment(4, status), pods)).toEqual({
      status: 'Degraded',
      reason: 'ErrImagePull',
      message: '3 of 4 pods available; pod web-4 cannot start (ErrImagePull: unauthorized)',
    });
  });

  it('is Failed when none is available', () => {
    expect(consoleStatus(deployment(1, { replicas: 1, conditions: [unavailable] }), [failing])).toEqual({
      status: 'Failed',
      reason: 'ErrImagePull',
      message: 'unauthorized',
    });
  });
});

describe('readyColumn', () => {
  it('reads like kubectl', () => {
    expect(readyColumn(deployment(3, { readyReplicas: 1 }))).toBe('1/3');
    expect(readyColumn({ spec: { selector: {}, template: {} } })).toBe('0/1');
  });
});
