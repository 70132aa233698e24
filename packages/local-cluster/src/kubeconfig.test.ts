import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kubeconfigYaml } from './kubeconfig';

describe('kubeconfig', () => {
  const base = { server: 'https://127.0.0.1:6443', user: 'berth-admin', token: 't0k' };

  it('skips TLS verification only until the apiserver certificate exists', () => {
    const insecure = parse(kubeconfigYaml(base)) as { clusters: { cluster: Record<string, unknown> }[] };
    expect(insecure.clusters[0]?.cluster).toEqual({ server: base.server, 'insecure-skip-tls-verify': true });
    const verified = parse(kubeconfigYaml({ ...base, certificateAuthority: '/ca.crt' })) as typeof insecure;
    expect(verified.clusters[0]?.cluster).toEqual({ server: base.server, 'certificate-authority': '/ca.crt' });
  });

  it('selects a context for the user with its token', () => {
    const config = parse(kubeconfigYaml(base)) as {
      'current-context': string;
      users: { name: string; user: { token: string } }[];
    };
    expect(config['current-context']).toBe('berth-admin@berth-local');
    expect(config.users).toEqual([{ name: 'berth-admin', user: { token: 't0k' } }]);
  });
});
