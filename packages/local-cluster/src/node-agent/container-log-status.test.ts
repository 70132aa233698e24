import type { V1ContainerStatus, V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { containerLogTarget } from './container-log-status';

const pod = (status: Partial<V1ContainerStatus>): V1Pod => ({
  metadata: { name: 'p' },
  status: { containerStatuses: [{ name: 'c', image: 'i', imageID: '', ready: false, restartCount: 0, ...status }] },
});
const exited = { terminated: { exitCode: 1, reason: 'Error' } };

describe('which run a log request reads (the kubelet’s validateContainerLogStatus)', () => {
  it.each<[string, V1Pod, boolean, ReturnType<typeof containerLogTarget>]>([
    ['the running run', pod({ restartCount: 2, state: { running: {} } }), false, { restartCount: 2, running: true }],
    [
      'the run before it, as previous',
      pod({ restartCount: 2, state: { running: {} }, lastState: exited }),
      true,
      { restartCount: 1, running: false },
    ],
    ['the exited run', pod({ state: exited }), false, { restartCount: 0, running: false }],
    [
      'the crashed run during its back-off',
      pod({ state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: exited }),
      false,
      { restartCount: 0, running: false },
    ],
    [
      'no previous run',
      pod({ state: { running: {} } }),
      true,
      { error: 'previous terminated container "c" in pod "p" not found' },
    ],
    [
      'a failed pull',
      pod({ state: { waiting: { reason: 'ErrImagePull' } } }),
      false,
      { error: 'container "c" in pod "p" is waiting to start: image can\'t be pulled' },
    ],
    [
      'a pull in back-off',
      pod({ state: { waiting: { reason: 'ImagePullBackOff' } } }),
      false,
      { error: 'container "c" in pod "p" is waiting to start: trying and failing to pull image' },
    ],
    [
      'a container being created',
      pod({ state: { waiting: { reason: 'ContainerCreating' } } }),
      false,
      { error: 'container "c" in pod "p" is waiting to start: ContainerCreating' },
    ],
  ])('%s', (_, target, previous, expected) => {
    expect(containerLogTarget(target, 'c', previous)).toEqual(expected);
  });

  it('names a container the status does not know', () => {
    expect(containerLogTarget(pod({}), 'other', false)).toEqual({
      error: 'container "other" in pod "p" is not available',
    });
  });
});
