import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kubeconfigYaml, withContext } from './kubeconfig';

interface Kubeconfig {
  'current-context': string;
  clusters: { name: string; cluster: Record<string, unknown> }[];
  users: { name: string; user: { token: string } }[];
  contexts: { name: string; context: { cluster: string; user: string } }[];
}

describe('kubeconfig', () => {
  const base = { server: 'https://127.0.0.1:6443', user: 'berth-admin', token: 't0k' };

  it('skips TLS verification only until the apiserver certificate exists', () => {
    const insecure = parse(kubeconfigYaml(base)) as Kubeconfig;
    expect(insecure.clusters[0]?.cluster).toEqual({ server: base.server, 'insecure-skip-tls-verify': true });
    const verified = parse(kubeconfigYaml({ ...base, certificateAuthority: '/ca.crt' })) as Kubeconfig;
    expect(verified.clusters[0]?.cluster).toEqual({ server: base.server, 'certificate-authority': '/ca.crt' });
  });

  it('selects a context for the user with its token', () => {
    const config = parse(kubeconfigYaml(base)) as Kubeconfig;
    expect(config['current-context']).toBe('berth-admin@berth-local');
    expect(config.users).toEqual([{ name: 'berth-admin', user: { token: 't0k' } }]);
  });

  describe('with a second cluster', () => {
    const second = {
      server: 'https://127.0.0.1:6444',
      user: 'berth-admin',
      token: 'other',
      certificateAuthority: '/2/ca.crt',
      clusterName: 'berth-local-2',
    };
    const first = kubeconfigYaml({ ...base, certificateAuthority: '/ca.crt' });

    it('keeps the first cluster, user, context and current-context exactly as they were', () => {
      const before = parse(first) as Kubeconfig;
      const after = parse(withContext(first, second)) as Kubeconfig;
      expect(after['current-context']).toBe(before['current-context']);
      expect(after.clusters[0]).toEqual(before.clusters[0]);
      expect(after.users[0]).toEqual(before.users[0]);
      expect(after.contexts[0]).toEqual(before.contexts[0]);
    });

    it('adds the second as its own cluster, user (its own token) and context', () => {
      const after = parse(withContext(first, second)) as Kubeconfig;
      expect(after.clusters[1]).toEqual({
        name: 'berth-local-2',
        cluster: { server: second.server, 'certificate-authority': '/2/ca.crt' },
      });
      expect(after.users[1]).toEqual({ name: 'berth-admin@berth-local-2', user: { token: 'other' } });
      expect(after.contexts[1]).toEqual({
        name: 'berth-admin@berth-local-2',
        context: { cluster: 'berth-local-2', user: 'berth-admin@berth-local-2' },
      });
    });

    it('replaces the second on a restart instead of adding it twice', () => {
      const twice = parse(withContext(withContext(first, second), { ...second, token: 'new' })) as Kubeconfig;
      expect(twice.contexts.map((context) => context.name)).toEqual([
        'berth-admin@berth-local',
        'berth-admin@berth-local-2',
      ]);
      expect(twice.users[1]?.user.token).toBe('new');
    });
  });
});
