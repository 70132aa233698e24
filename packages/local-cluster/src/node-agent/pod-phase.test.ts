import type { V1ContainerStatus, V1PodSpec } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { podPhase } from './pod-phase';

type Shape = 'running' | 'waiting' | 'exit0' | 'exit1' | 'crashed' | 'unknown';

function status(name: string, shape: Shape): V1ContainerStatus[] {
  const base = { name, image: 'i', imageID: '', ready: false, restartCount: 0 };
  const exit = (exitCode: number) => ({ exitCode });
  switch (shape) {
    case 'running':
      return [{ ...base, state: { running: {} } }];
    case 'waiting':
      return [{ ...base, state: { waiting: { reason: 'ErrImagePull' } } }];
    case 'exit0':
      return [{ ...base, state: { terminated: exit(0) } }];
    case 'exit1':
      return [{ ...base, state: { terminated: exit(1) } }];
    case 'crashed':
      return [{ ...base, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: exit(1) } }];
    case 'unknown':
      return [];
  }
}

function phase(restartPolicy: string | undefined, init: Shape[], main: Shape[]) {
  const spec: V1PodSpec = {
    restartPolicy,
    initContainers: init.map((_, i) => ({ name: `init-${String(i)}` })),
    containers: main.map((_, i) => ({ name: `c-${String(i)}` })),
  };
  const statuses = [
    ...init.flatMap((s, i) => status(`init-${String(i)}`, s)),
    ...main.flatMap((s, i) => status(`c-${String(i)}`, s)),
  ];
  return podPhase(spec, statuses);
}

describe("the kubelet's pod phase", () => {
  it.each([
    ['Always', [], ['running'], 'Running'],
    ['Always', [], ['waiting'], 'Pending'],
    ['Always', [], ['unknown'], 'Pending'],
    ['Always', ['exit0'], ['running'], 'Running'],
    ['Always', ['waiting'], ['unknown'], 'Pending'],
    ['Never', ['exit1'], ['unknown'], 'Failed'],
    ['OnFailure', ['crashed'], ['unknown'], 'Pending'],
    ['Never', [], ['exit0'], 'Succeeded'],
    ['Never', [], ['exit1'], 'Failed'],
    ['Never', [], ['exit0', 'running'], 'Running'],
    ['OnFailure', [], ['exit0'], 'Succeeded'],
    ['OnFailure', [], ['crashed'], 'Running'],
    ['Always', [], ['exit0'], 'Running'],
    [undefined, [], ['crashed'], 'Running'],
  ] as const)('restart policy %j, init %j, containers %j: %s', (policy, init, main, expected) => {
    expect(phase(policy, [...init], [...main])).toBe(expected);
  });
});
