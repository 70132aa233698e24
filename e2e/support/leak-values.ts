// The secret values the journeys use: the local cluster's registry logins and bearer tokens, and every pull secret they made.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { V1Secret } from '@kubernetes/client-node';
import { parse } from 'yaml';
import type { KubernetesClient } from '../fixtures/kubernetes';
import { basicAuth, pullSecretValues, type SecretValue } from './leak-scan';

const pullSecretTypes = ['kubernetes.io/dockerconfigjson', 'kubernetes.io/dockercfg'];

interface Kubeconfig {
  users?: { user?: { token?: string } }[];
}

function bearerTokens(kubeconfigFile: string | undefined): SecretValue[] {
  if (kubeconfigFile === undefined) return [];
  const config = parse(readFileSync(kubeconfigFile, 'utf8')) as Kubeconfig;
  return (config.users ?? []).flatMap((u) => (u.user?.token ? [{ kind: 'a bearer token of the cluster', value: u.user.token }] : []));
}

function registryLoginValues(prefix: string): SecretValue[] {
  const username = process.env[`${prefix}_USERNAME`];
  const password = process.env[`${prefix}_PASSWORD`];
  if (username === undefined || password === undefined) return [];
  return [{ kind: 'a registry password', value: password }, basicAuth(username, password)];
}

/** What the cluster's environment holds: both registry logins and the admin and restricted users' tokens. */
export function clusterSecretValues(): SecretValue[] {
  const values = [...registryLoginValues('BERTH_REGISTRY'), ...registryLoginValues('BERTH_TOKEN_REGISTRY')];
  values.push(...bearerTokens(process.env.KUBECONFIG), ...bearerTokens(process.env.BERTH_RESTRICTED_KUBECONFIG));
  if (values.length < 6) throw new Error('the leak scan found too few of the cluster credentials in its environment to be worth running');
  return values;
}

function valuesOf(secrets: readonly V1Secret[]): SecretValue[] {
  return secrets.filter((s) => pullSecretTypes.includes(s.type ?? '')).flatMap((s) => pullSecretValues(s.data ?? {}));
}

/** The values of every pull secret in `namespace`, read before the test's namespace is deleted. */
export async function namespaceSecretValues(kube: KubernetesClient, namespace: string): Promise<SecretValue[]> {
  return valuesOf((await kube.core.listNamespacedSecret({ namespace })).items);
}

/** The values of every pull secret still in the cluster, read with kubectl (global teardown runs outside the workers). */
export function allPullSecretValues(): SecretValue[] {
  const kubectl = process.env.BERTH_KUBECTL;
  const kubeconfig = process.env.KUBECONFIG;
  if (kubectl === undefined || kubeconfig === undefined) return [];
  const out = execFileSync(kubectl, ['--kubeconfig', kubeconfig, 'get', 'secrets', '-A', '-o', 'json'], { maxBuffer: 256 * 1024 * 1024 });
  return valuesOf((JSON.parse(out.toString('utf8')) as { items: V1Secret[] }).items);
}
