import { describe, expect, it } from 'vitest';
import { clusterCountFlag, clusterPlan, defaultPorts } from './cluster-plan';

describe('cluster plan', () => {
  it.each([
    [1, 6443, '/registry', '/s', 'berth-local', 'berth-local-node'],
    [2, 6444, '/berth-local-2', '/s/clusters/2', 'berth-local-2', 'berth-local-2-node'],
    [7, 6449, '/berth-local-7', '/s/clusters/7', 'berth-local-7', 'berth-local-7-node'],
  ])('cluster %i: apiserver %i, etcd prefix %s, state %s', (index, port, prefix, dir, name, node) => {
    const plan = clusterPlan(index, '/s');
    expect(plan).toMatchObject({ apiserverPort: port, etcdPrefix: prefix, stateDir: dir, name, nodeName: node });
    expect(plan.apiserverUrl).toBe(`https://127.0.0.1:${port}`);
    expect(plan.etcdUrl).toBe('http://127.0.0.1:23790');
  });

  it('no two clusters share a port, prefix or state dir', () => {
    const plans = [1, 2, 3, 4, 5, 6, 7].map((index) => clusterPlan(index, '/s'));
    for (const key of ['apiserverPort', 'kubeletPort', 'etcdPrefix', 'stateDir', 'name'] as const)
      expect(new Set(plans.map((plan) => plan[key])).size).toBe(plans.length);
  });

  it('moves with other ports (a private set for tests)', () => {
    const plan = clusterPlan(2, '/t', { ...defaultPorts, apiserver: 40000, etcdClient: 40100, kubelet: 40200 });
    expect(plan.apiserverUrl).toBe('https://127.0.0.1:40001');
    expect(plan.etcdUrl).toBe('http://127.0.0.1:40100');
    // The shared cluster's agent holds 10250: a private set's agents must serve logs elsewhere.
    expect(plan.kubeletPort).toBe(40201);
  });

  it.each([0, 8, 1.5])('refuses cluster %s', (index) => {
    expect(() => clusterPlan(index, '/s')).toThrow(/from 1 to 7/);
  });

  it.each([
    [[], 1],
    [['--clusters', '2'], 2],
    [['--fresh', '--clusters=3'], 3],
  ])('reads %j as %i clusters', (flags, count) => {
    expect(clusterCountFlag(flags)).toBe(count);
  });

  it.each([[['--clusters']], [['--clusters', 'two']], [['--clusters=9']]])('refuses %j', (flags) => {
    expect(() => clusterCountFlag(flags)).toThrow(/--clusters wants/);
  });
});
