import { describe, expect, it } from 'vitest';
import { pullSecretPatch } from './link-pull-secret';

const sa = (names?: string[]) => ({
  metadata: { name: 'default', resourceVersion: '42' },
  ...(names ? { imagePullSecrets: names.map((name) => ({ name })) } : {}),
});
const guard = { op: 'test', path: '/metadata/resourceVersion', value: '42' };

describe('pullSecretPatch', () => {
  it('adds the list when there is none, appends otherwise, each after testing the resourceVersion read', () => {
    expect(pullSecretPatch(sa(), 'regcred', 'add')).toEqual([
      guard,
      { op: 'add', path: '/imagePullSecrets', value: [{ name: 'regcred' }] },
    ]);
    expect(pullSecretPatch(sa(['a']), 'regcred', 'add')).toEqual([
      guard,
      { op: 'add', path: '/imagePullSecrets/-', value: { name: 'regcred' } },
    ]);
  });

  it('removes by the index read, and is no write when already as asked', () => {
    expect(pullSecretPatch(sa(['a', 'regcred']), 'regcred', 'remove')).toEqual([
      guard,
      { op: 'remove', path: '/imagePullSecrets/1' },
    ]);
    expect(pullSecretPatch(sa(['regcred']), 'regcred', 'add')).toBeUndefined();
    expect(pullSecretPatch(sa(['a']), 'regcred', 'remove')).toBeUndefined();
  });
});
