// Which pod "Retry now" deletes, against a recording stand-in for the API server's answers (the real API server's
// answer, pods replaced and pulling at once, is `retry-pulls.int.test.ts`).
import { ApiException, type V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import type { JsonOf } from '../../kube/list-json';
import { deleteListedPod } from './retry-pulls';

const pod: JsonOf<V1Pod> = { metadata: { name: 'db-0', uid: 'uid-listed' } };

function recording(answer: Error | 'ok') {
  const calls: unknown[][] = [];
  return {
    calls,
    pods: {
      delete: (...args: unknown[]) => {
        calls.push(args);
        return answer === 'ok' ? Promise.resolve({}) : Promise.reject(answer);
      },
    },
  };
}

const status = (code: number): Error => new ApiException(code, 'refused', '{}', {});

describe('deleteListedPod', () => {
  it('deletes the pod by the uid it was listed with, so a replacement under the same name is left alone', async () => {
    const { calls, pods } = recording('ok');
    expect(await deleteListedPod(pods, 'team-a', pod)).toBe('db-0');
    expect(calls).toEqual([['team-a', 'db-0', undefined, { uid: 'uid-listed' }]]);
  });

  it.each([
    [404, 'gone already'],
    [409, "replaced under its name (a StatefulSet's pod)"],
  ])('counts nothing deleted when the API server answers %i: %s', async (code) => {
    const { pods } = recording(status(code));
    expect(await deleteListedPod(pods, 'team-a', pod)).toBeUndefined();
  });

  it('passes a refusal on (403: RBAC decides)', async () => {
    const { pods } = recording(status(403));
    await expect(deleteListedPod(pods, 'team-a', pod)).rejects.toMatchObject({ code: 403 });
  });
});
