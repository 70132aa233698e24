// Kubeconfigs for the admin and the restricted user, trusting the apiserver's own certificate once it exists.
import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';

export interface KubeconfigInput {
  server: string;
  user: string;
  token: string;
  /** The apiserver's self-signed certificate file; without it TLS verification is skipped (first start only). */
  certificateAuthority?: string;
}

export function kubeconfigYaml(input: KubeconfigInput): string {
  const cluster = input.certificateAuthority
    ? { server: input.server, 'certificate-authority': input.certificateAuthority }
    : { server: input.server, 'insecure-skip-tls-verify': true };
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'berth-local', cluster }],
    users: [{ name: input.user, user: { token: input.token } }],
    contexts: [{ name: `${input.user}@berth-local`, context: { cluster: 'berth-local', user: input.user } }],
    'current-context': `${input.user}@berth-local`,
    preferences: {},
  });
}

export function writeKubeconfig(file: string, input: KubeconfigInput): void {
  writeFileSync(file, kubeconfigYaml(input), { mode: 0o600 });
}
