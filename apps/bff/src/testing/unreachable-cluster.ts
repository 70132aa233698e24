import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KubeConfig } from '@kubernetes/client-node';
import { loadKubeConfig } from '../kube/kubeconfig/load-kubeconfig';

/** A kubeconfig file naming an API server nobody listens on (port 65534; fetch refuses low "bad ports" before connecting), for the BFF's own behaviour without a cluster. */
export function unreachableKubeconfigFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'berth-bff-')), 'kubeconfig');
  writeFileSync(
    file,
    [
      'apiVersion: v1',
      'kind: Config',
      'clusters: [{name: nowhere, cluster: {server: "https://127.0.0.1:65534", insecure-skip-tls-verify: true}}]',
      'users: [{name: nobody, user: {token: not-a-real-token}}]',
      'contexts: [{name: nowhere, context: {cluster: nowhere, user: nobody}}]',
      'current-context: nowhere',
    ].join('\n'),
  );
  return file;
}

export function unreachableKubeConfig(): KubeConfig {
  return loadKubeConfig(unreachableKubeconfigFile());
}
