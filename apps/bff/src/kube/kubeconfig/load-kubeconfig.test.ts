import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { KubeConfigError, loadKubeConfig } from './load-kubeconfig';
import type { ClusterWithExecConfig } from './exec-info';

const dir = mkdtempSync(path.join(tmpdir(), 'berth-kube-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: object): string {
  const at = path.join(dir, name);
  mkdirSync(path.dirname(at), { recursive: true });
  writeFileSync(at, stringify(content));
  return at;
}

describe('loadKubeConfig', () => {
  it('merges a KUBECONFIG list as kubectl does, and keeps the context namespace', () => {
    const a = file('a/config', { 'current-context': 'team', users: [{ name: 'me', user: { token: 'from-a' } }] });
    const b = file('b/config', {
      'current-context': 'other',
      clusters: [
        { name: 'prod', cluster: { server: 'https://prod.example:6443/', 'certificate-authority': 'prod-ca.crt' } },
      ],
      users: [{ name: 'me', user: { token: 'from-b' } }],
      contexts: [{ name: 'team', context: { cluster: 'prod', user: 'me', namespace: 'team-a' } }],
    });
    const kubeConfig = loadKubeConfig([a, b]);
    expect(kubeConfig.getCurrentContext()).toBe('team');
    expect(kubeConfig.getContextObject('team')?.namespace).toBe('team-a');
    expect(kubeConfig.getCurrentUser()?.token).toBe('from-a');
    expect(kubeConfig.getCurrentCluster()).toMatchObject({
      server: 'https://prod.example:6443',
      caFile: path.join(dir, 'b/prod-ca.crt'),
    });
  });

  it('skips KUBECONFIG files that do not exist, unless none does', () => {
    const only = file('only/config', {
      'current-context': 'x',
      clusters: [{ name: 'c', cluster: { server: 'https://c' } }],
      contexts: [{ name: 'x', context: { cluster: 'c' } }],
    });
    expect(loadKubeConfig([path.join(dir, 'missing'), only]).getCurrentCluster()?.server).toBe('https://c');
    expect(() => loadKubeConfig([path.join(dir, 'missing'), path.join(dir, 'gone')])).toThrow(
      /none of .*missing, .*gone exists/,
    );
  });

  it("keeps tokenFile (and client-node's token-file) as a file to re-read, resolved against its kubeconfig, never read at load", () => {
    const kubeConfig = loadKubeConfig(
      file('tokens/config', {
        'current-context': 'x',
        clusters: [{ name: 'c', cluster: { server: 'https://c' } }],
        users: [
          { name: 'standard', user: { tokenFile: 'token' } },
          { name: 'legacy', user: { 'token-file': '/var/run/token' } },
        ],
        contexts: [{ name: 'x', context: { cluster: 'c', user: 'standard' } }],
      }),
    );
    expect(kubeConfig.getUser('standard')).toMatchObject({
      authProvider: { name: 'tokenFile', config: { tokenFile: path.join(dir, 'tokens/token') } },
    });
    expect(kubeConfig.getUser('legacy')).toMatchObject({
      authProvider: { name: 'tokenFile', config: { tokenFile: '/var/run/token' } },
    });
    expect(kubeConfig.getUser('standard')?.token).toBeUndefined();
  });

  it("carries the cluster's exec extension for the credential plugin", () => {
    const extension = { audience: 'berth', region: 'eu-west-1' };
    const kubeConfig = loadKubeConfig(
      file('ext/config', {
        'current-context': 'x',
        clusters: [
          {
            name: 'c',
            cluster: { server: 'https://c', extensions: [{ name: 'client.authentication.k8s.io/exec', extension }] },
          },
        ],
        contexts: [{ name: 'x', context: { cluster: 'c' } }],
      }),
    );
    expect((kubeConfig.getCurrentCluster() as ClusterWithExecConfig).execConfig).toEqual(extension);
  });

  it('names the file and the field it cannot use', () => {
    const broken = file('broken/config', { clusters: [{ name: 'c', cluster: { 'insecure-skip-tls-verify': true } }] });
    expect(() => loadKubeConfig(broken)).toThrow(KubeConfigError);
    expect(() => loadKubeConfig(broken)).toThrow(`Cannot read kubeconfig ${broken}: clusters.0.cluster.server:`);
  });

  it('says where YAML is broken without quoting the line, which may hold a token', () => {
    const broken = path.join(dir, 'broken.yaml');
    writeFileSync(broken, 'users:\n- name: a\n  user: {token: s3cr3t-token\n');
    expect(() => loadKubeConfig(broken)).toThrow(/^Cannot read kubeconfig .*broken\.yaml: .* at line 4, column 1$/);
    expect(() => loadKubeConfig(broken)).not.toThrow(/s3cr3t/);
  });
});
