import type { V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import type { ContainerState } from './container-state';
import { buildPodStatus, statusChanged } from './pod-status';

const earlier = new Date('2026-01-01T00:00:00Z');
const now = new Date('2026-01-01T00:01:00Z');

const pod: V1Pod = {
  metadata: { name: 'web', namespace: 'team-a', uid: 'u1' },
  spec: {
    nodeName: 'berth-local-node',
    containers: [
      { name: 'app', image: 'app:v1' },
      { name: 'side', image: 'side:v1' },
    ],
  },
  status: {
    phase: 'Pending',
    qosClass: 'BestEffort',
    conditions: [{ type: 'PodScheduled', status: 'True', lastTransitionTime: earlier }],
  },
};

const running = (image: string): ContainerState => ({
  kind: 'running',
  image,
  imageID: `docker.io/library/${image}@sha256:1`,
  startedAt: now,
});

describe('buildPodStatus', () => {
  it('is Running and Ready once every container runs', () => {
    const status = buildPodStatus(
      pod,
      new Map([
        ['app', running('app:v1')],
        ['side', running('side:v1')],
      ]),
      now,
    );
    expect(status.phase).toBe('Running');
    expect(status.qosClass).toBe('BestEffort');
    expect(status.hostIP).toBe('127.0.0.1');
    expect(status.podIP).toBe('127.0.0.1');
    expect(status.startTime).toEqual(now);
    expect(status.conditions?.map((c) => [c.type, c.status])).toEqual([
      ['Initialized', 'True'],
      ['Ready', 'True'],
      ['ContainersReady', 'True'],
      ['PodScheduled', 'True'],
    ]);
    expect(status.conditions?.find((c) => c.type === 'PodScheduled')?.lastTransitionTime).toEqual(earlier);
    expect(status.containerStatuses?.[0]).toEqual({
      name: 'app',
      image: 'app:v1',
      imageID: 'docker.io/library/app:v1@sha256:1',
      ready: true,
      started: true,
      restartCount: 0,
      state: { running: { startedAt: now } },
    });
  });

  it('stays Pending with ContainersNotReady while an image pull fails', () => {
    const failing: ContainerState = {
      kind: 'waiting',
      image: 'side:v1',
      reason: 'ImagePullBackOff',
      message: 'Back-off pulling image "side:v1"',
      failures: 1,
    };
    const status = buildPodStatus(
      pod,
      new Map([
        ['app', running('app:v1')],
        ['side', failing],
      ]),
      now,
    );
    expect(status.phase).toBe('Pending');
    const ready = status.conditions?.find((c) => c.type === 'Ready');
    expect(ready).toMatchObject({
      status: 'False',
      reason: 'ContainersNotReady',
      message: 'containers with unready status: [side]',
    });
    expect(status.containerStatuses?.[1]).toMatchObject({
      ready: false,
      started: false,
      imageID: '',
      state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "side:v1"' } },
    });
  });

  it('shows containers not yet handled as ContainerCreating', () => {
    const status = buildPodStatus(pod, new Map(), now);
    expect(status.containerStatuses?.map((s) => s.state?.waiting?.reason)).toEqual([
      'ContainerCreating',
      'ContainerCreating',
    ]);
  });

  it('keeps a condition transition time while its status holds', () => {
    const first = buildPodStatus(pod, new Map(), earlier);
    const second = buildPodStatus({ ...pod, status: first }, new Map(), now);
    expect(second.conditions?.find((c) => c.type === 'Ready')?.lastTransitionTime).toEqual(earlier);
    expect(statusChanged(first, second)).toBe(false);
    const third = buildPodStatus(
      { ...pod, status: second },
      new Map([
        ['app', running('app:v1')],
        ['side', running('side:v1')],
      ]),
      now,
    );
    expect(statusChanged(second, third)).toBe(true);
  });
});
