import { describe, expect, it } from 'vitest';
import { nextWakeUp, statesFromPodStatus } from './container-state';

const status = (name: string, image: string, imageID: string) => ({
  name,
  image,
  imageID,
  ready: false,
  restartCount: 0,
});

describe('container state', () => {
  it('wakes a failed pull first to show ImagePullBackOff, then to pull again', () => {
    const failed = {
      kind: 'waiting',
      image: 'a',
      reason: 'ErrImagePull',
      failures: 1,
      backOffAt: 5,
      retryAt: 10,
    } as const;
    expect(nextWakeUp(failed)).toBe(5);
    expect(nextWakeUp({ ...failed, reason: 'ImagePullBackOff' })).toBe(10);
    expect(nextWakeUp({ kind: 'waiting', image: 'a', reason: 'InvalidImageName', failures: 1 })).toBeUndefined();
    expect(nextWakeUp({ kind: 'running', image: 'a', imageID: 'a@sha256:1', startedAt: new Date() })).toBeUndefined();
  });

  it('takes running containers back from the pod status after an agent restart, and nothing else', () => {
    const startedAt = new Date('2026-01-01T00:00:00Z');
    const states = statesFromPodStatus([
      { ...status('up', 'nginx', 'docker.io/library/nginx@sha256:1'), state: { running: { startedAt } } },
      { ...status('down', 'app:v1', ''), state: {} },
    ]);
    expect([...states.keys()]).toEqual(['up']);
    expect(states.get('up')).toEqual({
      kind: 'running',
      image: 'nginx',
      imageID: 'docker.io/library/nginx@sha256:1',
      startedAt,
    });
  });
});
