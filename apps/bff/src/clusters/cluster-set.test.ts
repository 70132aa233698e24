import { KubeConfig } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { captureLogs } from '../testing/log-capture';
import { ClusterSet } from './cluster-set';

/** A merged kubeconfig of these contexts, each with its own cluster (server) and user (token). */
function kubeconfigOf(contexts: Record<string, string>, current: string): KubeConfig {
  const kubeConfig = new KubeConfig();
  const names = Object.keys(contexts);
  kubeConfig.loadFromOptions({
    clusters: names.map((name) => ({ name, server: contexts[name] ?? '', skipTLSVerify: true })),
    users: names.map((name) => ({ name: `${name}-user`, token: `token-of-${name}` })),
    contexts: names.map((name) => ({ name, cluster: name, user: `${name}-user` })),
    currentContext: current,
  });
  return kubeConfig;
}

const servers = { a: 'https://127.0.0.1:1001', b: 'https://127.0.0.1:1002', c: 'https://127.0.0.1:1003' };

describe('ClusterSet', () => {
  it('lists every context, the default first, and builds a cluster only when it is first used', () => {
    const set = new ClusterSet(kubeconfigOf(servers, 'b'), { logger: captureLogs().logger });
    expect(set.names()).toEqual(['b', 'a', 'c']);
    expect(set.built('a')).toBeUndefined();
    const a = set.get('a');
    expect(set.get('a')).toBe(a);
    expect(set.built('c')).toBeUndefined();
    expect(set.get('nowhere')).toBeUndefined();
  });

  it("gives each cluster only its own context's server and user", () => {
    const set = new ClusterSet(kubeconfigOf(servers, 'a'), { logger: captureLogs().logger });
    for (const name of ['a', 'b', 'c'] as const) {
      const { kubeConfig } = set.get(name) ?? {};
      expect(kubeConfig?.getCurrentCluster()?.server).toBe(servers[name]);
      expect(kubeConfig?.getUsers().map((u) => u.token)).toEqual([`token-of-${name}`]);
      expect(kubeConfig?.getContexts().map((c) => c.name)).toEqual([name]);
    }
  });

  it('on a re-read adds new contexts, drops removed ones, rebuilds changed ones, and keeps the default', async () => {
    const set = new ClusterSet(kubeconfigOf(servers, 'a'), { logger: captureLogs().logger });
    const b = set.get('b');
    const seen: unknown[] = [];
    set.onChange((changes) => seen.push(changes));
    const changes = set.update(kubeconfigOf({ b: 'https://127.0.0.1:2002', c: servers.c, d: 'https://d' }, 'b'));
    expect(changes).toEqual({ added: ['d'], removed: [], changed: ['b'] });
    expect(seen).toEqual([changes]);
    // `a` left the file but is the default: `/api/...` keeps serving it until restart.
    expect(set.names()).toEqual(['a', 'b', 'c', 'd']);
    expect(set.defaultName).toBe('a');
    expect(set.get('b')).not.toBe(b);
    expect(set.get('b')?.kubeConfig.getCurrentCluster()?.server).toBe('https://127.0.0.1:2002');
    expect(set.update(kubeconfigOf({ a: servers.a, b: 'https://127.0.0.1:2002' }, 'a'))).toEqual({
      added: [],
      removed: ['c', 'd'],
      changed: [],
    });
    expect(set.get('c')).toBeUndefined();
    await set.close();
  });

  it("adds the pod's in-cluster context beside the kubeconfig's, and keeps it across re-reads", () => {
    const inCluster = kubeconfigOf({ 'in-cluster': 'https://10.96.0.1:443' }, 'in-cluster');
    const set = new ClusterSet(kubeconfigOf({ a: servers.a }, 'a'), { logger: captureLogs().logger, inCluster });
    expect(set.names()).toEqual(['a', 'in-cluster']);
    expect(set.get('in-cluster')?.kubeConfig.getCurrentCluster()?.server).toBe('https://10.96.0.1:443');
    expect(set.update(kubeconfigOf({ a: servers.a, b: servers.b }, 'a'))).toEqual({
      added: ['b'],
      removed: [],
      changed: [],
    });
    expect(set.names()).toEqual(['a', 'in-cluster', 'b']);
  });
});
