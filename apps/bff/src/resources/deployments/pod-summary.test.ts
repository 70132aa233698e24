import type { V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { podSummary } from '@berth/contracts';
import { toPodSummary } from './pod-summary';

const pod = (conditions: NonNullable<V1Pod['status']>['conditions']): V1Pod => ({
  metadata: { name: 'web-0' },
  spec: { containers: [{ name: 'app', image: 'app:v1', resources: { requests: { cpu: '3' } } }] },
  status: { phase: 'Pending', conditions },
});

describe('a pod the scheduler has not placed', () => {
  it("carries the PodScheduled condition's reason and message", () => {
    const summary = toPodSummary(
      pod([
        {
          type: 'PodScheduled',
          status: 'False',
          reason: 'Unschedulable',
          message: '0/1 nodes are available: 1 Insufficient cpu.',
        },
      ]),
    );
    expect(summary.scheduling).toEqual({
      reason: 'Unschedulable',
      message: '0/1 nodes are available: 1 Insufficient cpu.',
    });
    expect(podSummary.parse(summary)).toEqual(summary);
  });

  it.each([
    ['scheduled', [{ type: 'PodScheduled', status: 'True' }]],
    ['not yet looked at', []],
    ['without status', undefined],
  ])('says nothing when %s', (_case, conditions) => {
    expect(toPodSummary(pod(conditions))).not.toHaveProperty('scheduling');
  });
});

describe('a pod with init containers', () => {
  it('lists them with their own statuses, so a failing init pull is explained too', () => {
    const summary = toPodSummary({
      metadata: { name: 'web-1' },
      spec: {
        initContainers: [{ name: 'init', image: 'r.io/init:v1' }],
        containers: [{ name: 'app', image: 'app:v1' }],
      },
      status: {
        phase: 'Pending',
        initContainerStatuses: [
          {
            name: 'init',
            image: 'r.io/init:v1',
            imageID: '',
            ready: false,
            restartCount: 0,
            state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "r.io/init:v1"' } },
          },
        ],
        containerStatuses: [
          {
            name: 'app',
            image: 'app:v1',
            imageID: '',
            ready: false,
            restartCount: 0,
            state: { waiting: { reason: 'PodInitializing' } },
          },
        ],
      },
    });
    expect(summary.initContainers).toEqual([
      expect.objectContaining({ name: 'init', state: 'waiting', reason: 'ImagePullBackOff' }),
    ]);
    expect(summary.containers).toEqual([expect.objectContaining({ name: 'app', reason: 'PodInitializing' })]);
    expect(podSummary.parse(summary)).toEqual(summary);
  });
});
