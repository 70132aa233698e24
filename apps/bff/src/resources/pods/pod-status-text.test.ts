import type { V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { podStatusText } from './pod-status-text';

const waiting = (reason: string) => ({
  name: 'c',
  image: 'i',
  imageID: '',
  ready: false,
  restartCount: 0,
  state: { waiting: { reason } },
});
const terminated = (exitCode: number, reason?: string) => ({
  name: 'c',
  image: 'i',
  imageID: '',
  ready: false,
  restartCount: 0,
  state: { terminated: { exitCode, ...(reason ? { reason } : {}) } },
});
const running = { name: 'c', image: 'i', imageID: '', ready: true, restartCount: 0, state: { running: {} } };

describe("podStatusText: kubectl get pods' STATUS", () => {
  it.each<[string, V1Pod, string]>([
    ['the phase when all is well', { status: { phase: 'Running', containerStatuses: [running] } }, 'Running'],
    [
      'a waiting reason',
      { status: { phase: 'Pending', containerStatuses: [waiting('ImagePullBackOff')] } },
      'ImagePullBackOff',
    ],
    [
      'a termination reason',
      { status: { phase: 'Succeeded', containerStatuses: [terminated(0, 'Completed')] } },
      'Completed',
    ],
    ['an exit code without reason', { status: { phase: 'Failed', containerStatuses: [terminated(2)] } }, 'ExitCode:2'],
    [
      'the first container that is not fine, walking backwards',
      { status: { phase: 'Pending', containerStatuses: [waiting('ErrImagePull'), waiting('ContainerCreating')] } },
      'ErrImagePull',
    ],
    [
      'an init container failing its pull',
      {
        spec: { containers: [], initContainers: [{ name: 'a' }, { name: 'b' }] },
        status: { phase: 'Pending', initContainerStatuses: [terminated(0), waiting('ErrImagePull')] },
      },
      'Init:ErrImagePull',
    ],
    [
      'init containers still to run',
      {
        spec: { containers: [], initContainers: [{ name: 'a' }, { name: 'b' }] },
        status: { phase: 'Pending', initContainerStatuses: [terminated(0), waiting('PodInitializing')] },
      },
      'Init:1/2',
    ],
    [
      'Running, not Completed, while a container still runs',
      {
        status: {
          phase: 'Running',
          conditions: [{ type: 'Ready', status: 'True' }],
          containerStatuses: [running, terminated(0, 'Completed')],
        },
      },
      'Running',
    ],
    [
      'Terminating once deleted',
      { metadata: { deletionTimestamp: new Date() }, status: { phase: 'Running' } },
      'Terminating',
    ],
  ])('%s', (_, pod, expected) => {
    expect(podStatusText(pod)).toBe(expected);
  });
});
