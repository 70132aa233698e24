import type { V1Secret } from '@kubernetes/client-node';
import fc from 'fast-check';
import { buildDockerConfigJson, secretSummary } from '@berth/contracts';
import { describe, expect, it } from 'vitest';
import type { JsonOf } from '../../kube/list-json';
import { toSecretSummary } from './secret-summary';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

function pullSecret(registries: { server: string; username: string; password: string }[]): V1Secret {
  return {
    metadata: { name: 'pull', namespace: 'ns', creationTimestamp: new Date('2026-11-25T10:00:00Z') },
    type: 'kubernetes.io/dockerconfigjson',
    data: { '.dockerconfigjson': b64(buildDockerConfigJson(registries)) },
  };
}

describe('toSecretSummary', () => {
  it('lists a pull secret like kubectl get secret, with its registries', () => {
    expect(toSecretSummary(pullSecret([{ server: '127.0.0.1:5000', username: 'ssl', password: 'hunter2' }]))).toEqual({
      name: 'pull',
      namespace: 'ns',
      type: 'kubernetes.io/dockerconfigjson',
      dataCount: 1,
      created: '2026-11-25T10:00:00.000Z',
      registries: [{ server: '127.0.0.1:5000', username: 'ssl' }],
    });
  });

  it("gives the same row for the API server's JSON (timestamps as text), valid by the contract", () => {
    const model = pullSecret([{ server: 'r.io', username: 'u', password: 'p' }]);
    const json: JsonOf<V1Secret> = {
      ...model,
      metadata: { name: 'pull', namespace: 'ns', creationTimestamp: '2026-11-25T10:00:00Z' },
    };
    expect(toSecretSummary(json)).toEqual(toSecretSummary(model));
    expect(secretSummary.parse(toSecretSummary(json))).toEqual(toSecretSummary(json));
  });

  it('reads legacy dockercfg secrets and lists other secrets without registries', () => {
    const legacy: V1Secret = {
      metadata: { name: 'old' },
      type: 'kubernetes.io/dockercfg',
      data: { '.dockercfg': b64('{"r.io":{"auth":"' + b64('a:b') + '"}}') },
    };
    expect(toSecretSummary(legacy).registries).toEqual([{ server: 'r.io', username: 'a' }]);
    const opaque: V1Secret = { metadata: { name: 'o' }, type: 'Opaque', data: { a: b64('x'), b: b64('y') } };
    expect(toSecretSummary(opaque)).toMatchObject({ type: 'Opaque', dataCount: 2, registries: [] });
    const broken: V1Secret = {
      metadata: { name: 'b' },
      type: 'kubernetes.io/dockerconfigjson',
      data: { '.dockerconfigjson': b64('{not json') },
    };
    expect(toSecretSummary(broken).registries).toEqual([]);
  });

  it('never carries a password, an auth value or the config itself', () => {
    const registry = fc.record({
      server: fc.constantFrom('r.example.com', '127.0.0.1:5000', 'https://index.docker.io/v1/'),
      username: fc.string({ minLength: 1, maxLength: 12 }).filter((u) => !u.includes(':')),
      password: fc.string({ minLength: 8, maxLength: 24 }),
    });
    fc.assert(
      fc.property(registry, ({ server, username, password }) => {
        // The summary shows the username: a password inside it (fast-check tries `aaaaaaaa` in `aaaaaaaaaa`) proves nothing.
        fc.pre(!username.includes(password) && !server.includes(password));
        const secret = pullSecret([{ server, username, password }]);
        const text = JSON.stringify(toSecretSummary(secret));
        expect(text).not.toContain(JSON.stringify(password).slice(1, -1));
        expect(text).not.toContain(b64(`${username}:${password}`));
        expect(text).not.toContain(secret.data?.['.dockerconfigjson']);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['nothing at all', '{}'],
    ['metadata, type and data null', '{"metadata":null,"type":null,"data":null}'],
    ['a pull secret without data', '{"metadata":{"name":"pull"},"type":"kubernetes.io/dockerconfigjson"}'],
    [
      'a pull secret with data null',
      '{"metadata":{"name":"pull"},"type":"kubernetes.io/dockerconfigjson","data":null}',
    ],
    ['a pull secret without its key', '{"metadata":{"name":"pull"},"type":"kubernetes.io/dockercfg","data":{}}'],
  ])('lists a secret with %s (fields the API server omits or sends as null), valid by the contract', (_case, text) => {
    const row = toSecretSummary(JSON.parse(text) as JsonOf<V1Secret>);
    expect(secretSummary.parse(row)).toMatchObject({ dataCount: 0, registries: [] });
  });
});
