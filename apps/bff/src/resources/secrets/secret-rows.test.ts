import type { V1Secret } from '@kubernetes/client-node';
import { buildDockerConfigJson, secretList, secretSummary } from '@berth/contracts';
import { describe, expect, it } from 'vitest';
import type { JsonOf } from '../../kube/list-json';
import { SecretRows } from './secret-rows';
import { toSecretSummary } from './secret-summary';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

function pullSecret(
  name: string,
  uid: string | undefined,
  resourceVersion: string,
  username: string,
): JsonOf<V1Secret> {
  return {
    metadata: { name, namespace: 'ns', uid, resourceVersion, creationTimestamp: '2026-11-25T10:00:00Z' },
    type: 'kubernetes.io/dockerconfigjson',
    data: { '.dockerconfigjson': b64(buildDockerConfigJson([{ server: 'r.io', username, password: 'hunter2' }])) },
  };
}

const username = (json: string) => secretSummary.parse(JSON.parse(json)).registries[0]?.username;

describe('SecretRows', () => {
  it('answers the JSON of each summary, as a list the contract accepts', () => {
    const secrets = [pullSecret('a', 'u1', '1', 'ann'), pullSecret('b', 'u2', '1', 'bob')];
    const body = new SecretRows().list(secrets, '42');
    expect(secretList.parse(JSON.parse(body))).toEqual({ items: secrets.map(toSecretSummary), resourceVersion: '42' });
    expect(new SecretRows().list([], '7')).toBe('{"items":[],"resourceVersion":"7"}');
  });

  it('reuses a row while the resourceVersion stays and rebuilds it when the secret changes', () => {
    const rows = new SecretRows();
    rows.json(pullSecret('a', 'u1', '1', 'ann'));
    // Same uid and resourceVersion: the kept row, even though this object (impossibly) says otherwise.
    expect(username(rows.json(pullSecret('a', 'u1', '1', 'zed')))).toBe('ann');
    expect(username(rows.json(pullSecret('a', 'u1', '2', 'zed')))).toBe('zed');
    expect(rows.size).toBe(1);
  });

  it('keeps at most max rows and none for objects without a uid', () => {
    const rows = new SecretRows(2);
    for (const uid of ['u1', 'u2', 'u3']) rows.json(pullSecret(uid, uid, '1', 'ann'));
    rows.json(pullSecret('x', undefined, '1', 'ann'));
    expect(rows.size).toBe(2);
  });

  it('never puts a password into a row', () => {
    const body = new SecretRows().list([pullSecret('a', 'u1', '1', 'ann')], '1');
    expect(body).not.toContain('hunter2');
    expect(body).not.toContain(b64('ann:hunter2'));
  });
});
