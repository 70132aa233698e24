// The seed's objects as kubectl makes them, and views of stored objects that can be compared without printing a password.
import type { V1Deployment, V1Secret } from '@kubernetes/client-node';
import { parse } from 'yaml';
import { seedDeploymentManifest } from '@berth/local-cluster/testing/any-runner';
import type { RegistryLogin } from '../fixtures/cluster-env';
import { kubectl } from '../fixtures/kubectl';

interface AuthEntry {
  username?: string;
  password?: string;
  email?: string;
  auth?: string;
}

/** What `kubectl create secret docker-registry` stores for this login (client-side dry run: nothing is created). */
export async function seedSecret(name: string, namespace: string, login: RegistryLogin): Promise<V1Secret> {
  const args = ['create', 'secret', 'docker-registry', name, '-n', namespace, `--docker-server=${login.server}`];
  args.push(
    `--docker-username=${login.username}`,
    `--docker-password=${login.password}`,
    '--dry-run=client',
    '-o',
    'json',
  );
  return JSON.parse(await kubectl(args)) as V1Secret;
}

function auths(secret: V1Secret): Record<string, AuthEntry> {
  const encoded = secret.data?.['.dockerconfigjson'];
  if (encoded === undefined) return {};
  const config = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as { auths?: Record<string, AuthEntry> };
  return config.auths ?? {};
}

/**
 * The decoded `auths` of `stored`, with each password and `auth` replaced by whether it equals the seed's,
 * so a failing comparison shows servers, usernames and emails but never a credential.
 */
export function authsComparedWithSeed(
  stored: V1Secret,
  seed: V1Secret,
): Record<string, Record<string, string | undefined>> {
  const expected = auths(seed);
  const same = (a: string | undefined, b: string | undefined) =>
    a === undefined ? undefined : a === b ? 'same as the seed' : 'differs';
  return Object.fromEntries(
    Object.entries(auths(stored)).map(([server, entry]) => [
      server,
      {
        ...entry,
        password: same(entry.password, expected[server]?.password),
        auth: same(entry.auth, expected[server]?.auth),
      },
    ]),
  );
}

/** The seed's own `auths` in the same view: every credential equal to itself. */
export function seedAuthsView(seed: V1Secret): Record<string, Record<string, string | undefined>> {
  return authsComparedWithSeed(seed, seed);
}

/** The seed's deployment.yaml, as `kubectl create -f` would read it. */
export function seedDeployment(options: { name: string; image: string; pullSecret?: string }): V1Deployment {
  return parse(seedDeploymentManifest(options)) as V1Deployment;
}

/** The fields the seed sets, picked from a Deployment (the API server's defaults left out). */
export function seedFields(d: V1Deployment) {
  const pod = d.spec?.template.spec;
  return {
    labels: d.metadata?.labels,
    replicas: d.spec?.replicas,
    selector: d.spec?.selector.matchLabels,
    strategy: d.spec?.strategy?.type,
    templateLabels: d.spec?.template.metadata?.labels,
    containers: pod?.containers.map(({ name, image, imagePullPolicy }) => ({ name, image, imagePullPolicy })),
    imagePullSecrets: pod?.imagePullSecrets?.map(({ name }) => ({ name })),
  };
}
