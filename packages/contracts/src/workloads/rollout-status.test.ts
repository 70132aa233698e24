import { describe, expect, it } from 'vitest';
import type { RolloutProgress } from '../api/rollouts';
import { rolloutStatus } from './rollout-status';

const settled: RolloutProgress = {
  desired: 2,
  updated: 2,
  total: 2,
  ready: 2,
  available: 2,
  observed: true,
  strategy: 'RollingUpdate',
};

describe('rolloutStatus: kubectl rollout status in the console', () => {
  it.each([
    [{}, true, 'deployment "web" successfully rolled out', 0],
    [{ observed: false }, false, 'Waiting for deployment spec update to be observed...', 0],
    [
      { updated: 1, total: 3 },
      false,
      'Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...',
      2,
    ],
    [
      { total: 3 },
      false,
      'Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...',
      1,
    ],
    [
      { available: 1 },
      false,
      'Waiting for deployment "web" rollout to finish: 1 of 2 updated replicas are available...',
      0,
    ],
    [{ deadlineExceeded: true }, false, 'deployment "web" exceeded its progress deadline', 0],
  ] as const)('Deployment %j', (change, done, message, oldLeft) => {
    expect(rolloutStatus('Deployment', 'web', { ...settled, ...change })).toMatchObject({ done, message, oldLeft });
  });

  it('counts new pods ready without the old ready ones', () => {
    // A surge: the old pod still ready, the new one not yet.
    expect(
      rolloutStatus('Deployment', 'web', { ...settled, desired: 1, updated: 1, total: 2, ready: 1 }).newReady,
    ).toBe(0);
    expect(
      rolloutStatus('Deployment', 'web', { ...settled, desired: 1, updated: 1, total: 2, ready: 2 }).newReady,
    ).toBe(1);
    expect(rolloutStatus('Deployment', 'web', settled).newReady).toBe(2);
  });

  it.each([
    [{}, true, 'statefulset rolling update complete 2 pods...'],
    [{ ready: 1 }, false, 'Waiting for 1 pods to be ready...'],
    [{ onUpdateRevision: false, updated: 1 }, false, 'waiting for statefulset rolling update to complete 1 pods...'],
    [
      { partition: 1, updated: 0 },
      false,
      'Waiting for partitioned roll out to finish: 0 out of 1 new pods have been updated...',
    ],
    [{ partition: 1, updated: 1 }, true, 'partitioned roll out complete: 1 new pods have been updated...'],
    // apps/v1 defaults `rollingUpdate.partition` to 0: kubectl 1.20 then answers in its partitioned words.
    [{ partition: 0 }, true, 'partitioned roll out complete: 2 new pods have been updated...'],
    [
      { partition: 0, updated: 1, onUpdateRevision: false },
      false,
      'Waiting for partitioned roll out to finish: 1 out of 2 new pods have been updated...',
    ],
    [{ strategy: 'OnDelete' }, false, 'rollout status is only available for RollingUpdate strategy type'],
  ] as const)('StatefulSet %j', (change, done, message) => {
    expect(rolloutStatus('StatefulSet', 'db', { ...settled, ...change })).toMatchObject({ done, message });
  });

  it.each([
    [{}, true, 'daemon set "agent" successfully rolled out'],
    [
      { updated: 1 },
      false,
      'Waiting for daemon set "agent" rollout to finish: 1 out of 2 new pods have been updated...',
    ],
    [{ available: 0 }, false, 'Waiting for daemon set "agent" rollout to finish: 0 of 2 updated pods are available...'],
  ] as const)('DaemonSet %j', (change, done, message) => {
    expect(rolloutStatus('DaemonSet', 'agent', { ...settled, ...change })).toMatchObject({ done, message });
  });
});
