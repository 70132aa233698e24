// The status of pods with init containers and of containers that exit, as the kubelet writes them.
import type { V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import type { ContainerState, Exit } from './container-state';
import { buildPodStatus } from './pod-status';

const t0 = new Date('2026-01-01T00:00:00Z');
const t1 = new Date('2026-01-01T00:00:01Z');
const now = new Date('2026-01-01T00:00:02Z');

const withInit: V1Pod = {
  metadata: { name: 'web', namespace: 'team-a', uid: 'u1' },
  spec: {
    initContainers: [
      { name: 'migrate', image: 'migrate:v1' },
      { name: 'warm', image: 'warm:v1' },
    ],
    containers: [{ name: 'app', image: 'app:v1' }],
  },
  status: { conditions: [{ type: 'PodScheduled', status: 'True', lastTransitionTime: t0 }] },
};
const job = (restartPolicy: string): V1Pod => ({
  metadata: { name: 'pi', namespace: 'team-a', uid: 'u2' },
  spec: { restartPolicy, containers: [{ name: 'pi', image: 'pi:v1' }] },
});

const exit = (exitCode: number): Exit => ({
  exitCode,
  reason: exitCode === 0 ? 'Completed' : 'Error',
  startedAt: t0,
  finishedAt: t1,
});
const done = (image: string, exitCode = 0): ContainerState => ({
  kind: 'terminated',
  image,
  imageID: `${image}@sha256:1`,
  exit: exit(exitCode),
});
const running = (image: string): ContainerState => ({
  kind: 'running',
  image,
  imageID: `${image}@sha256:1`,
  startedAt: t1,
});
const conditions = (pod: V1Pod, states: Map<string, ContainerState>) =>
  buildPodStatus(pod, states, now).conditions?.map((c) => [c.type, c.status, c.reason, c.message]);

describe('a pod with init containers', () => {
  it('waits in PodInitializing, not Initialized, until every init container completed', () => {
    const status = buildPodStatus(withInit, new Map([['migrate', done('migrate:v1')]]), now);
    expect(status.phase).toBe('Pending');
    expect(status.initContainerStatuses?.map((s) => [s.name, s.ready, Object.keys(s.state ?? {})[0]])).toEqual([
      ['migrate', true, 'terminated'],
      ['warm', false, 'waiting'],
    ]);
    expect(status.initContainerStatuses?.[0]?.state?.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
    expect(status.initContainerStatuses?.[0]).not.toHaveProperty('started');
    expect(status.containerStatuses?.[0]?.state?.waiting?.reason).toBe('PodInitializing');
    expect(conditions(withInit, new Map([['migrate', done('migrate:v1')]]))?.[0]).toEqual([
      'Initialized',
      'False',
      'ContainersNotInitialized',
      'containers with incomplete status: [warm]',
    ]);
  });

  it('shows an init container whose pull failed, so kubectl reads Init:ErrImagePull', () => {
    const failing: ContainerState = { kind: 'waiting', image: 'warm:v1', reason: 'ErrImagePull', failures: 1 };
    const status = buildPodStatus(
      withInit,
      new Map([
        ['migrate', done('migrate:v1')],
        ['warm', failing],
      ]),
      now,
    );
    expect(status.phase).toBe('Pending');
    expect(status.initContainerStatuses?.[1]?.state?.waiting?.reason).toBe('ErrImagePull');
  });

  it('is Initialized and Running once they completed and the container runs', () => {
    const states = new Map([
      ['migrate', done('migrate:v1')],
      ['warm', done('warm:v1')],
      ['app', running('app:v1')],
    ]);
    expect(buildPodStatus(withInit, states, now).phase).toBe('Running');
    expect(conditions(withInit, states)?.slice(0, 3)).toEqual([
      ['Initialized', 'True', undefined, undefined],
      ['Ready', 'True', undefined, undefined],
      ['ContainersReady', 'True', undefined, undefined],
    ]);
  });
});

describe('a container that exits', () => {
  it('leaves the pod Succeeded with PodCompleted after exit 0', () => {
    const states = new Map([['pi', done('pi:v1')]]);
    const status = buildPodStatus(job('Never'), states, now);
    expect(status.phase).toBe('Succeeded');
    expect(status.containerStatuses?.[0]).toMatchObject({
      ready: false,
      started: false,
      state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: t0, finishedAt: t1 } },
    });
    expect(conditions(job('Never'), states)?.slice(0, 3)).toEqual([
      ['Initialized', 'True', 'PodCompleted', undefined],
      ['Ready', 'False', 'PodCompleted', undefined],
      ['ContainersReady', 'False', 'PodCompleted', undefined],
    ]);
  });

  it('fails the pod with restart policy Never after a non-zero exit', () => {
    const status = buildPodStatus(job('Never'), new Map([['pi', done('pi:v1', 1)]]), now);
    expect(status.phase).toBe('Failed');
    expect(status.containerStatuses?.[0]?.state?.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
  });

  it('keeps an OnFailure pod Running through its crash back-off, with the restart count and last state', () => {
    const backingOff: ContainerState = {
      kind: 'waiting',
      image: 'pi:v1',
      reason: 'CrashLoopBackOff',
      message: 'back-off 10s restarting failed container=pi pod=pi_team-a(u2)',
      failures: 0,
      restartCount: 1,
      lastExit: exit(1),
    };
    const status = buildPodStatus(job('OnFailure'), new Map([['pi', backingOff]]), now);
    expect(status.phase).toBe('Running');
    expect(status.containerStatuses?.[0]).toMatchObject({
      restartCount: 1,
      state: { waiting: { reason: 'CrashLoopBackOff' } },
      lastState: { terminated: { exitCode: 1, reason: 'Error' } },
    });
  });
});
