import type { V1OwnerReference, V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { kubeletBackoff } from './backoff';
import {
  crashBackOffMessage,
  goDuration,
  parseExitCode,
  restartDelayMs,
  restartsAfterExit,
  runPlan,
} from './container-run';

const jobOwner = { apiVersion: 'batch/v1', kind: 'Job', name: 'pi', uid: 'j1', controller: true };
const pod = (annotations?: Record<string, string>, ownerReferences: V1OwnerReference[] = [jobOwner]): V1Pod => ({
  metadata: { name: 'pi-x7k2p', namespace: 'team-a', uid: 'u1', annotations, ownerReferences },
  spec: { containers: [{ name: 'pi' }] },
});

describe('which containers run to completion', () => {
  it('runs a Job pod for the run time, exiting 0', () => {
    expect(runPlan(pod(), 1000)).toEqual({ exitCode: 0, runMs: 1000 });
  });

  it('exits with the berth.dev/exit-code annotation, on a Job pod or any other', () => {
    expect(runPlan(pod({ 'berth.dev/exit-code': '1' }), 500)).toEqual({ exitCode: 1, runMs: 500 });
    expect(runPlan(pod({ 'berth.dev/exit-code': '3' }, []), 500)).toEqual({ exitCode: 3, runMs: 500 });
  });

  it('keeps every other pod running', () => {
    expect(runPlan(pod(undefined, []), 1000)).toBeUndefined();
    const replicaSet = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid: 'r1' };
    expect(runPlan(pod(undefined, [replicaSet]), 1000)).toBeUndefined();
  });

  it.each([
    ['0', 0],
    ['1', 1],
    [' 255 ', 255],
    ['256', undefined],
    ['-1', undefined],
    ['yes', undefined],
    [undefined, undefined],
  ])('reads exit code %j as %j', (text, code) => {
    expect(parseExitCode(text)).toBe(code);
  });
});

describe('what follows an exit', () => {
  it.each([
    ['Always', 0, true],
    [undefined, 0, true],
    ['OnFailure', 0, false],
    ['OnFailure', 1, true],
    ['Never', 1, false],
  ])('restart policy %j after exit %j restarts: %j', (policy, code, restarts) => {
    expect(restartsAfterExit(policy, code)).toBe(restarts);
  });

  it('restarts at once after the first exit, then backs off 10 s doubling up to 5 min', () => {
    expect([0, 1, 2, 3, 10].map((count) => restartDelayMs(count, kubeletBackoff))).toEqual([
      0, 10_000, 20_000, 40_000, 300_000,
    ]);
  });

  it("words the back-off as the kubelet does, with Go's durations", () => {
    expect([10_000, 80_000, 300_000].map(goDuration)).toEqual(['10s', '1m20s', '5m0s']);
    expect(crashBackOffMessage(20_000, 'pi', pod())).toBe(
      'back-off 20s restarting failed container=pi pod=pi-x7k2p_team-a(u1)',
    );
  });
});
