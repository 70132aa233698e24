import type { V1PodTemplateSpec, V1ServiceAccount } from '@kubernetes/client-node';
import {
  defaultServiceAccountName,
  effectivePullSecrets,
  workloadKinds,
  workloadResources,
  type PullSecretUser,
  type PullSecretUsers,
  type ServiceAccountSummary,
  type WorkloadKind,
} from '@berth/contracts';
import type { Kubernetes } from '../../kube/clients';
import { cronJobGroupVersion } from '../../kube/cronjob-version';
import { statusCodeOf } from '../../kube/kubernetes-errors';
import { NamespacedResources } from '../../kube/namespaced-resources';
import type { JsonOf } from '../../kube/list-json';
import { toServiceAccountSummary } from '../serviceaccounts/link-pull-secret';

/** The fields of any workload kind that lead to its pod template (a CronJob's through its jobTemplate). */
interface Workload {
  metadata?: { name?: string };
  spec?: { template?: V1PodTemplateSpec; jobTemplate?: { spec?: { template?: V1PodTemplateSpec } } };
}

/** The pod template of a workload of any kind. */
function podTemplateOf(workload: JsonOf<Workload>): JsonOf<V1PodTemplateSpec> | undefined {
  return workload.spec?.template ?? workload.spec?.jobTemplate?.spec?.template;
}

/** The list, or undefined when the identity may not list that kind there (its users are then unknown). */
async function unlessForbidden<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (statusCodeOf(error) === 403) return undefined;
    throw error;
  }
}

/**
 * How a workload's pods get `secret`: named in their own `imagePullSecrets`, or, naming none, from their ServiceAccount
 * (the ServiceAccount admission plugin copies its imagePullSecrets into a pod that has none; `default` when unnamed).
 */
export function pullSecretUse(
  template: JsonOf<V1PodTemplateSpec> | undefined,
  secret: string,
  serviceAccounts: ReadonlyMap<string, ServiceAccountSummary>,
): { serviceAccount?: string } | undefined {
  const spec = template?.spec;
  const own = (spec?.imagePullSecrets ?? []).map((r) => r.name ?? '');
  const account = spec?.serviceAccountName || spec?.serviceAccount || defaultServiceAccountName;
  const pulled = effectivePullSecrets(own, serviceAccounts.get(account));
  if (!pulled.names.includes(secret)) return undefined;
  return pulled.from === 'pod' ? {} : { serviceAccount: account };
}

/** Every workload of the namespace whose pods pull with `secret`, and every ServiceAccount carrying it; as the identity. */
export async function pullSecretUsers(
  kubernetes: Kubernetes,
  namespace: string,
  secret: string,
): Promise<PullSecretUsers> {
  const { kubeConfig } = kubernetes;
  const cronJobs = await cronJobGroupVersion(kubeConfig).catch(() => undefined);
  const groupVersion = (kind: WorkloadKind) =>
    kind === 'CronJob' ? cronJobs : kind === 'Job' ? 'batch/v1' : 'apps/v1';
  const [accounts, ...lists] = await Promise.all([
    unlessForbidden(() =>
      new NamespacedResources<V1ServiceAccount>(kubeConfig, 'v1', 'serviceaccounts').list(namespace),
    ),
    ...workloadKinds.map((kind) => {
      const version = groupVersion(kind);
      const { plural } = workloadResources[kind];
      return version === undefined
        ? Promise.resolve(undefined)
        : unlessForbidden(() => new NamespacedResources<Workload>(kubeConfig, version, plural).list(namespace));
    }),
  ]);
  const byName = new Map((accounts?.items ?? []).map((sa) => [sa.metadata?.name ?? '', toServiceAccountSummary(sa)]));
  const workloads: PullSecretUser[] = [];
  workloadKinds.forEach((kind, i) => {
    for (const workload of lists[i]?.items ?? []) {
      const use = pullSecretUse(podTemplateOf(workload), secret, byName);
      if (use !== undefined) workloads.push({ kind, name: workload.metadata?.name ?? '', ...use });
    }
  });
  const hidden = [
    ...(accounts === undefined ? ['serviceaccounts'] : []),
    ...workloadKinds.filter((_, i) => lists[i] === undefined).map((kind) => workloadResources[kind].plural),
  ];
  const serviceAccounts = [...byName.values()]
    .filter((sa) => sa.imagePullSecrets.includes(secret))
    .map((sa) => sa.name);
  // Without list access to ServiceAccounts, a pod that names no secret may still get this one through its account.
  return { workloads, serviceAccounts: serviceAccounts.sort(), hidden };
}
