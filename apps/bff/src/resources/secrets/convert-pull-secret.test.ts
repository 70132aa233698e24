// The order of a conversion's writes, against a recording stand-in for the API server's answers (the real API server's
// conversion is `secret-routes.int.test.ts` › "edits a legacy dockercfg secret in its own type, and converts it only when asked").
import { ApiException, type V1Secret } from '@kubernetes/client-node';
import { toSecretManifest } from '@berth/contracts';
import { describe, expect, it } from 'vitest';
import type { JsonOf } from '../../kube/list-json';
import { convertPullSecret, type SecretWrites } from './convert-pull-secret';
import { lastAppliedAnnotation } from './last-applied';

const status = (code: number, reason: string, message: string): Error =>
  new ApiException(code, message, JSON.stringify({ kind: 'Status', code, reason, message }), {});

const stored: JsonOf<V1Secret> = {
  metadata: { name: 'legacy', namespace: 'team-a', uid: 'u1', resourceVersion: '7' },
  type: 'kubernetes.io/dockercfg',
  data: { '.dockercfg': 'e30=' },
};
const converted = toSecretManifest({
  name: 'legacy',
  namespace: 'team-a',
  registries: [{ server: 'r.example.com', username: 'jane', password: 'pa55-word' }],
});

/** Answers each create in turn from `creates` (an error is thrown), records every call. */
function recording(creates: (Error | 'ok')[], deleteAnswer: Error | 'ok' = 'ok') {
  const calls: string[] = [];
  const writes: SecretWrites = {
    createNamespacedSecret: ({ body, dryRun }) => {
      calls.push(`create ${body.type ?? ''}${dryRun ? ' (dry run)' : ''}`);
      const answer = creates.shift() ?? 'ok';
      return answer === 'ok' ? Promise.resolve(body as JsonOf<V1Secret>) : Promise.reject(answer);
    },
    deleteNamespacedSecret: ({ preconditions }) => {
      calls.push(`delete ${preconditions?.resourceVersion ?? ''}`);
      return deleteAnswer === 'ok' ? Promise.resolve({}) : Promise.reject(deleteAnswer);
    },
  };
  return { calls, writes };
}

const exists = () => status(409, 'AlreadyExists', 'secrets "legacy" already exists');

describe('convertPullSecret', () => {
  it('asks a dry run first, then deletes the very object read and creates it in the new type', async () => {
    const { calls, writes } = recording([exists(), 'ok']);
    const result = await convertPullSecret(writes, stored, converted);
    expect(result.type).toBe('kubernetes.io/dockerconfigjson');
    expect(calls).toEqual([
      'create kubernetes.io/dockerconfigjson (dry run)',
      'delete 7',
      'create kubernetes.io/dockerconfigjson',
    ]);
  });

  it("keeps the secret's labels and annotations but not kubectl apply's copy of the old data (it holds the password)", async () => {
    const { writes } = recording([exists(), 'ok']);
    const annotations = { owner: 'team-a', [lastAppliedAnnotation]: '{"data":{".dockercfg":"old"}}' };
    const applied = { ...stored, metadata: { ...stored.metadata, labels: { app: 'x' }, annotations } };
    const result = await convertPullSecret(writes, applied, converted);
    expect(result.metadata?.labels).toEqual({ app: 'x' });
    expect(result.metadata?.annotations).toEqual({ owner: 'team-a' });
  });

  it('deletes nothing when the dry run says the create would be refused (a user who may delete but not create)', async () => {
    const { calls, writes } = recording([status(403, 'Forbidden', 'secrets is forbidden: User "jane" cannot create')]);
    await expect(convertPullSecret(writes, stored, converted)).rejects.toMatchObject({ code: 403 });
    expect(calls).toEqual(['create kubernetes.io/dockerconfigjson (dry run)']);
  });

  it('puts the old secret back when the create fails after the delete, and throws the create error', async () => {
    const refused = status(500, 'InternalError', 'etcd is down');
    const { calls, writes } = recording([exists(), refused, 'ok']);
    await expect(convertPullSecret(writes, stored, converted)).rejects.toBe(refused);
    expect(calls).toEqual([
      'create kubernetes.io/dockerconfigjson (dry run)',
      'delete 7',
      'create kubernetes.io/dockerconfigjson',
      'create kubernetes.io/dockercfg',
    ]);
  });

  it('says the secret no longer exists when putting it back failed too, without a password', async () => {
    const { writes } = recording([
      exists(),
      status(500, 'InternalError', 'etcd is down'),
      status(500, 'InternalError', 'etcd is still down'),
    ]);
    const error = await convertPullSecret(writes, stored, converted).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 500 });
    expect(String((error as Error).message)).toMatch(
      /etcd is down.*putting legacy back.*etcd is still down.*no longer exists/,
    );
    expect(JSON.stringify(error) + String(error)).not.toContain('pa55-word');
  });
});
