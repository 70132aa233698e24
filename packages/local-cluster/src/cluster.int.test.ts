// The local cluster itself: the API answers, the node is Ready, and the restricted user is confined to team-a.
import { describe, expect, it } from 'vitest';
import { clusterStatus } from './status';
import { requiredEnv } from './testing/cluster-env';
import { kubectl, kubectlOk } from './testing/kubectl';
import { uniqueNamespace } from './testing/seed-deployment';

describe('local cluster', () => {
  it('records every service alive with the supervisor', () => {
    const status = clusterStatus();
    expect(status.ready).toBe(true);
    const names = status.services.map((service) => service.name);
    expect(names).toEqual(
      expect.arrayContaining(['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'node-agent']),
    );
    expect(status.services.filter((service) => !service.alive)).toEqual([]);
  });

  it('serves Kubernetes v1.20.2 to the admin kubeconfig', async () => {
    const version = await kubectlOk(['version', '--short']);
    expect(version).toContain('Server Version: v1.20.2');
  });

  it('has the node Ready and schedulable', async () => {
    const ready = await kubectlOk([
      'get',
      'node',
      'berth-local-node',
      '-o',
      'jsonpath={.status.conditions[?(@.type=="Ready")].status}',
    ]);
    expect(ready).toBe('True');
    const taints = await kubectlOk(['get', 'node', 'berth-local-node', '-o', 'jsonpath={.spec.taints}']);
    expect(taints).not.toContain('node.kubernetes.io/not-ready');
  });

  describe('restricted user', () => {
    const restricted = () => requiredEnv('BERTH_RESTRICTED_KUBECONFIG');
    const name = uniqueNamespace('restricted');

    it('may create a secret in team-a', async () => {
      await kubectlOk(['-n', 'team-a', 'create', 'secret', 'generic', name, '--from-literal=k=v'], {
        kubeconfig: restricted(),
      });
      await kubectlOk(['-n', 'team-a', 'delete', 'secret', name], { kubeconfig: restricted() });
    });

    it('is Forbidden to create a secret in default', async () => {
      const result = await kubectl(['-n', 'default', 'create', 'secret', 'generic', name, '--from-literal=k=v'], {
        kubeconfig: restricted(),
      });
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain('Forbidden');
    });

    it('may not list namespaces', async () => {
      const result = await kubectl(['get', 'namespaces'], { kubeconfig: restricted() });
      expect(result.stderr).toContain('Forbidden');
    });

    it('may watch deployments and read events in team-a', async () => {
      const answers = await kubectlOk(['auth', 'can-i', '--list', '-n', 'team-a'], { kubeconfig: restricted() });
      expect(answers).toMatch(/deployments\.apps\s.*\[get list watch create update patch delete\]/);
      expect(answers).toMatch(/^events\s.*\[get list watch\]/m);
    });
  });
});
