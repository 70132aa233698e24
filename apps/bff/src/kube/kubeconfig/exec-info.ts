// What a credential plugin is told and what it must answer: client-go's ExecConfig, ExecCredential and KUBERNETES_EXEC_INFO.
import type { Cluster } from '@kubernetes/client-node';
import { z } from 'zod';

/** client-go hands a cluster's extension of this name to the plugin as `spec.cluster.config`. */
export const execExtensionName = 'client.authentication.k8s.io/exec';

/** A cluster as client-node holds it, plus its exec extension (load-kubeconfig.ts adds it). */
export type ClusterWithExecConfig = Cluster & { execConfig?: unknown };

/** `users[].user.exec` of a kubeconfig; kubectl refuses the plugin API versions it no longer speaks, and so do we. */
export const execConfig = z.object({
  apiVersion: z.enum(['client.authentication.k8s.io/v1', 'client.authentication.k8s.io/v1beta1']),
  command: z.string().min(1),
  args: z.array(z.string()).nullish(),
  env: z.array(z.object({ name: z.string().min(1), value: z.string() })).nullish(),
  provideClusterInfo: z.boolean().nullish(),
  installHint: z.string().nullish(),
  interactiveMode: z.enum(['Never', 'IfAvailable', 'Always']).nullish(),
});

export type ExecConfig = z.infer<typeof execConfig>;

/** The plugin's stdout; its values are credentials, so errors about it name fields only. */
export const execCredential = z.object({
  apiVersion: z.string(),
  kind: z.literal('ExecCredential'),
  status: z.object({
    token: z.string().min(1).optional(),
    clientCertificateData: z.string().min(1).optional(),
    clientKeyData: z.string().min(1).optional(),
    expirationTimestamp: z.iso.datetime({ offset: true }).optional(),
  }),
});

export type ExecCredentialStatus = z.infer<typeof execCredential>['status'];

/**
 * KUBERNETES_EXEC_INFO as client-go sets it for every run: never interactive here (the BFF has no terminal to hand
 * over), and with `spec.cluster` only when the kubeconfig says `provideClusterInfo: true`.
 */
export function execInfo(
  exec: ExecConfig,
  cluster: ClusterWithExecConfig,
  certificateAuthority: Buffer | null,
): string {
  const clusterInfo = {
    server: cluster.server,
    ...(cluster.tlsServerName ? { 'tls-server-name': cluster.tlsServerName } : {}),
    ...(cluster.skipTLSVerify ? { 'insecure-skip-tls-verify': true } : {}),
    ...(certificateAuthority ? { 'certificate-authority-data': certificateAuthority.toString('base64') } : {}),
    ...(cluster.proxyUrl ? { 'proxy-url': cluster.proxyUrl } : {}),
    ...(cluster.execConfig === undefined ? {} : { config: cluster.execConfig }),
  };
  const spec = { interactive: false, ...(exec.provideClusterInfo === true ? { cluster: clusterInfo } : {}) };
  return JSON.stringify({ apiVersion: exec.apiVersion, kind: 'ExecCredential', spec });
}
