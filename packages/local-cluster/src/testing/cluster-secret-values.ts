// The secret values a test run must never show: the local cluster's registry logins and bearer tokens, and its pull secrets.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isPullSecretType } from '@berth/contracts';
import type { V1Secret } from '@kubernetes/client-node';
import { parse } from 'yaml';
import { basicAuth, pullSecretValues, type SecretValue } from './leak-scan';

type Env = Readonly<Record<string, string | undefined>>;

interface Kubeconfig {
  users?: { user?: { token?: string } }[];
}

function bearerTokens(kubeconfigFile: string | undefined): SecretValue[] {
  if (kubeconfigFile === undefined) return [];
  const config = parse(readFileSync(kubeconfigFile, 'utf8')) as Kubeconfig;
  return (config.users ?? []).flatMap((u) =>
    u.user?.token ? [{ kind: 'a bearer token of the cluster', value: u.user.token }] : [],
  );
}

function registryLoginValues(env: Env, prefix: string): SecretValue[] {
  const username = env[`${prefix}_USERNAME`];
  const password = env[`${prefix}_PASSWORD`];
  if (username === undefined || password === undefined) return [];
  return [{ kind: 'a registry password', value: password }, basicAuth(username, password)];
}

/** Both registry logins and the admin and restricted users' tokens, from the cluster's environment. */
export function clusterSecretValues(env: Env = process.env): SecretValue[] {
  const values = [...registryLoginValues(env, 'BERTH_REGISTRY'), ...registryLoginValues(env, 'BERTH_TOKEN_REGISTRY')];
  values.push(...bearerTokens(env.KUBECONFIG), ...bearerTokens(env.BERTH_RESTRICTED_KUBECONFIG));
  if (values.length < 6)
    throw new Error('the leak scan found too few of the cluster credentials in its environment to be worth running');
  return values;
}

/** The values of image-pull secrets, read the way the kubelet reads them. */
export function pullSecretsValues(secrets: readonly V1Secret[]): SecretValue[] {
  return secrets.filter((s) => isPullSecretType(s.type)).flatMap((s) => pullSecretValues(s.data ?? {}));
}

/** The values of every pull secret still in the cluster, read with kubectl (teardowns run outside the test workers). */
export function allPullSecretValues(env: Env = process.env): SecretValue[] {
  const kubectl = env.BERTH_KUBECTL;
  const kubeconfig = env.KUBECONFIG;
  if (kubectl === undefined || kubeconfig === undefined) return [];
  const out = execFileSync(kubectl, ['--kubeconfig', kubeconfig, 'get', 'secrets', '-A', '-o', 'json'], {
    maxBuffer: 256 * 1024 * 1024,
  });
  return pullSecretsValues((JSON.parse(out.toString('utf8')) as { items: V1Secret[] }).items);
}
