// Kubeconfigs for the admin and the restricted user, trusting the apiserver's own certificate once it exists.
import { writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

export const firstClusterName = 'berth-local';

export interface KubeconfigInput {
  server: string;
  user: string;
  token: string;
  /** The apiserver's self-signed certificate file; without it TLS verification is skipped (first start only). */
  certificateAuthority?: string;
  /** `berth-local` (the first cluster) by default; `berth-local-2` for the second. */
  clusterName?: string;
}

type Entry = { name: string } & Record<string, unknown>;

interface KubeconfigEntries {
  cluster: Entry;
  user: Entry;
  context: Entry;
  contextName: string;
}

/** The first cluster's names stay as they always were; another cluster's user entry is named like its context. */
function entries(input: KubeconfigInput): KubeconfigEntries {
  const clusterName = input.clusterName ?? firstClusterName;
  const context = contextName(input.user, clusterName);
  const userName = clusterName === firstClusterName ? input.user : context;
  const cluster = input.certificateAuthority
    ? { server: input.server, 'certificate-authority': input.certificateAuthority }
    : { server: input.server, 'insecure-skip-tls-verify': true };
  return {
    cluster: { name: clusterName, cluster },
    user: { name: userName, user: { token: input.token } },
    context: { name: context, context: { cluster: clusterName, user: userName } },
    contextName: context,
  };
}

export function kubeconfigYaml(input: KubeconfigInput): string {
  const { cluster, user, context, contextName } = entries(input);
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [cluster],
    users: [user],
    contexts: [context],
    'current-context': contextName,
    preferences: {},
  });
}

/** Adds (or replaces) one cluster's cluster, user and context entries; the current context stays as it was. */
export function withContext(kubeconfig: string, input: KubeconfigInput): string {
  const config = parse(kubeconfig) as Record<string, unknown>;
  const added = entries(input);
  const replace = (list: unknown, entry: Entry): unknown[] => {
    const items: unknown[] = Array.isArray(list) ? list : [];
    const others = items.filter((item) => (item as { name?: unknown } | null)?.name !== entry.name);
    return [...others, entry];
  };
  return stringify({
    ...config,
    clusters: replace(config.clusters, added.cluster),
    users: replace(config.users, added.user),
    contexts: replace(config.contexts, added.context),
  });
}

export function writeKubeconfig(file: string, input: KubeconfigInput): void {
  writeFileSync(file, kubeconfigYaml(input), { mode: 0o600 });
}

/** Context name of `user` in the cluster named `clusterName`, as written by `kubeconfigYaml` and `withContext`. */
export function contextName(user: string, clusterName: string): string {
  return `${user}@${clusterName}`;
}
