import { describe, expect, it } from 'vitest';
import { mergeKubeconfigs, type KubeconfigFile } from './merge-files';

const cluster = (name: string, server: string, extra: Record<string, unknown> = {}) => ({
  name,
  cluster: { server, ...extra },
});
const context = (name: string, clusterName: string, namespace?: string) => ({
  name,
  context: { cluster: clusterName, user: 'u', ...(namespace ? { namespace } : {}) },
});

describe('mergeKubeconfigs', () => {
  it('lets the first file to name a cluster, user or context win, whole (kubectl never mixes fields of two entries)', () => {
    const a: KubeconfigFile = {
      clusters: [cluster('c', 'https://a')],
      users: [{ name: 'u', user: { token: 'a' } }],
      contexts: [context('x', 'c')],
    };
    const b: KubeconfigFile = {
      clusters: [cluster('c', 'https://b', { 'insecure-skip-tls-verify': true }), cluster('d', 'https://d')],
      users: [{ name: 'u', user: { 'client-certificate': '/b.crt' } }],
      contexts: [context('x', 'd', 'team-b'), context('y', 'd', 'team-y')],
    };
    const merged = mergeKubeconfigs([
      { file: '/a/config', content: a },
      { file: '/b/config', content: b },
    ]);
    expect(merged.clusters).toEqual([cluster('c', 'https://a'), cluster('d', 'https://d')]);
    expect(merged.users).toEqual([{ name: 'u', user: { token: 'a' } }]);
    expect(merged.contexts).toEqual([context('x', 'c'), context('y', 'd', 'team-y')]);
  });

  it.each([
    { currents: ['a', 'b'], expected: 'a' },
    { currents: [undefined, 'b'], expected: 'b' },
    { currents: ['', 'b'], expected: 'b' },
    { currents: [null, undefined], expected: undefined },
  ])('takes current-context from the first file that sets it: $currents -> $expected', ({ currents, expected }) => {
    const files = currents.map((current, i) => ({ file: `/f${i}`, content: { 'current-context': current } }));
    expect(mergeKubeconfigs(files)['current-context']).toBe(expected);
  });

  it('resolves relative paths against the file that names them, and an exec command only when it is a path', () => {
    const merged = mergeKubeconfigs([
      {
        file: '/home/me/.kube/config',
        content: { clusters: [cluster('c', 'https://c', { 'certificate-authority': 'ca.crt' })] },
      },
      {
        file: 'relative/dir/extra.yaml',
        content: {
          users: [
            {
              name: 'files',
              user: {
                'client-certificate': 'certs/me.crt',
                'client-key': '/abs/me.key',
                tokenFile: '../token',
                'token-file': 'legacy',
              },
            },
            { name: 'bare', user: { exec: { command: 'aws', args: ['eks'] } } },
            { name: 'path', user: { exec: { command: './bin/login', args: ['x'] } } },
          ],
        },
      },
    ]);
    const dir = `${process.cwd()}/relative/dir`;
    expect(merged.clusters[0]?.cluster['certificate-authority']).toBe('/home/me/.kube/ca.crt');
    expect(merged.users[0]?.user).toEqual({
      'client-certificate': `${dir}/certs/me.crt`,
      'client-key': '/abs/me.key',
      tokenFile: `${process.cwd()}/relative/token`,
      'token-file': `${dir}/legacy`,
    });
    expect(merged.users[1]?.user).toEqual({ exec: { command: 'aws', args: ['eks'] } });
    expect(merged.users[2]?.user).toEqual({ exec: { command: `${dir}/bin/login`, args: ['x'] } });
  });
});
