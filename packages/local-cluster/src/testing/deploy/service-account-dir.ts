// What the kubelet mounts at /var/run/secrets/kubernetes.io/serviceaccount, made on this machine: a real token of a
// ServiceAccount (TokenRequest, the bound tokens 1.20 issues with --service-account-signing-key-file), the cluster's
// CA and the namespace. In-cluster Berth reads it from BERTH_SERVICE_ACCOUNT_DIR.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';

export interface ServiceAccountDir {
  dir: string;
  token: string;
  remove: () => void;
}

/** A bound token of `namespace/name`, for the API server's own audience. */
export async function serviceAccountToken(
  kubeconfig: string,
  namespace: string,
  name: string,
  expirationSeconds = 3600,
): Promise<string> {
  const config = new KubeConfig();
  config.loadFromFile(kubeconfig);
  const answer = await config
    .makeApiClient(CoreV1Api)
    .createNamespacedServiceAccountToken({ name, namespace, body: { spec: { audiences: [], expirationSeconds } } });
  const token = answer.status?.token;
  if (!token) throw new Error(`the API server issued no token for serviceaccount ${namespace}/${name}`);
  return token;
}

/** The cluster CA of the kubeconfig's current cluster, as PEM. */
function clusterCa(kubeconfig: string): string {
  const config = new KubeConfig();
  config.loadFromFile(kubeconfig);
  const cluster = config.getCurrentCluster();
  if (cluster?.caData) return Buffer.from(cluster.caData, 'base64').toString('utf8');
  if (cluster?.caFile) return readFileSync(cluster.caFile, 'utf8');
  throw new Error(`the kubeconfig ${kubeconfig} names no cluster CA`);
}

export async function writeServiceAccountDir(
  kubeconfig: string,
  namespace: string,
  name: string,
): Promise<ServiceAccountDir> {
  const token = await serviceAccountToken(kubeconfig, namespace, name);
  const dir = mkdtempSync(path.join(tmpdir(), 'berth-serviceaccount-'));
  writeFileSync(path.join(dir, 'token'), token);
  writeFileSync(path.join(dir, 'ca.crt'), clusterCa(kubeconfig));
  writeFileSync(path.join(dir, 'namespace'), namespace);
  // Readable by the image's non-root user, as the kubelet's projected volume is (0644 files, no fsGroup needed).
  chmodSync(dir, 0o755);
  return { dir, token, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
