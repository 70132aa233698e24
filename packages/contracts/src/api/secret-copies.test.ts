import { describe, expect, it } from 'vitest';
import { copyDifferences, maxCopyNamespaces, secretCopiesQuery } from './secret-copies';
import { effectivePullSecrets } from './service-accounts';

const login = (server: string, username: string, passwordDigest: string) => ({ server, username, passwordDigest });

describe('copyDifferences', () => {
  it('names which registry and field differ, never a value', () => {
    const source = {
      type: 'kubernetes.io/dockerconfigjson',
      registries: [login('a.io', 'u', 'd1'), login('b.io', 'v', 'd2')],
    };
    expect(copyDifferences(source, source)).toEqual([]);
    expect(
      copyDifferences(source, {
        type: 'kubernetes.io/dockercfg',
        registries: [login('a.io', 'u', 'other'), login('c.io', 'w', 'd3')],
      }),
    ).toEqual([
      'type is kubernetes.io/dockercfg',
      'password for a.io differs',
      'no entry for b.io',
      'an extra entry for c.io',
    ]);
    expect(
      copyDifferences(source, { ...source, registries: [login('a.io', 'x', 'd1'), login('b.io', 'v', 'd2')] }),
    ).toEqual(['username for a.io is x']);
  });
});

describe('effectivePullSecrets (the 1.20 ServiceAccount admission plugin)', () => {
  const sa = { name: 'default', imagePullSecrets: ['regcred'] };
  it("gives a pod naming no pull secret its ServiceAccount's", () => {
    expect(effectivePullSecrets([], sa)).toEqual({ names: ['regcred'], from: 'serviceAccount' });
  });
  it('keeps a pod that names any pull secret to its own, none of its ServiceAccount added', () => {
    expect(effectivePullSecrets(['other'], sa)).toEqual({ names: ['other'], from: 'pod' });
  });
  it('gives nothing when the ServiceAccount is unknown', () => {
    expect(effectivePullSecrets([], undefined)).toEqual({ names: [], from: 'serviceAccount' });
  });
});

describe('secretCopiesQuery', () => {
  it('reads the namespaces asked for, and none as every namespace', () => {
    expect(secretCopiesQuery.parse({ namespaces: 'team-a,team-b' })).toEqual({ namespaces: ['team-a', 'team-b'] });
    expect(secretCopiesQuery.parse({})).toEqual({ namespaces: undefined });
    expect(secretCopiesQuery.parse({ namespaces: '' })).toEqual({ namespaces: undefined });
  });

  it.each([
    ['a path segment that is not a name', '..'],
    ['a name with a slash', 'team-a/../kube-system'],
    [
      'more namespaces than one request compares',
      Array.from({ length: maxCopyNamespaces + 1 }, (_, i) => `n${i}`).join(','),
    ],
  ])('refuses %s, naming the field', (_what, namespaces) => {
    const parsed = secretCopiesQuery.safeParse({ namespaces });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path[0]).toBe('namespaces');
  });

  it('refuses the parameter given twice rather than comparing every namespace', () => {
    expect(secretCopiesQuery.safeParse({ namespaces: ['team-a', 'team-b'] }).success).toBe(false);
  });
});
