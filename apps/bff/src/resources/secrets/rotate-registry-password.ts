import type { V1Pod, V1Secret } from '@kubernetes/client-node';
import {
  isPullSecretType,
  pullSecretKind,
  type CredentialRotationRequest,
  type CredentialRotationSearch,
  type CredentialRotationResult,
  type FailingPuller,
  type RotatedSecret,
} from '@berth/contracts';
import { toApiError } from '../../http/errors';
import type { Kubernetes } from '../../kube/clients';
import { statusCodeOf } from '../../kube/kubernetes-errors';
import type { JsonOf } from '../../kube/list-json';
import { acknowledgedWrite, type ListCache } from '../../kube/list-cache';
import { controllerOf, workloadOf } from '../workloads/owned-objects';
import { isFailingPull } from '../workloads/retry-pulls';
import { withoutLastApplied } from './last-applied';
import { withRotatedPassword } from './rotated-docker-config';
import { dockerConfigText } from './secret-summary';

/** The secret with the new password in its matching entries, all else kept; undefined: no entry matches. */
function rotated(secret: JsonOf<V1Secret>, login: CredentialRotationRequest) {
  const kind = pullSecretKind(secret.type);
  const config = dockerConfigText(secret);
  if (kind === undefined || config === undefined) return undefined;
  const change = withRotatedPassword(config.text, config.format, login);
  if (change === undefined) return undefined;
  const data = { ...secret.data, [kind.key]: Buffer.from(change.text).toString('base64') };
  const body = { ...secret, apiVersion: 'v1', kind: 'Secret', metadata: withoutLastApplied(secret.metadata), data };
  return { changed: change.changed, secret: body };
}

/** Each matching secret of one namespace, rotated one by one; each reports what the API server answered. */
async function rotateIn(
  kubernetes: Kubernetes,
  namespace: string,
  request: CredentialRotationSearch,
  password: string | undefined,
  lists: ListCache | undefined,
): Promise<RotatedSecret[] | undefined> {
  let secrets;
  try {
    secrets = (await kubernetes.core.listNamespacedSecret({ namespace })).items;
  } catch (error) {
    if (statusCodeOf(error) === 403 || statusCodeOf(error) === 404) return undefined;
    throw error;
  }
  const results: RotatedSecret[] = [];
  for (const secret of secrets.filter((s) => isPullSecretType(s.type))) {
    const name = secret.metadata?.name ?? '';
    // A search matches by server and username alone; the empty password never reaches a write.
    const change = rotated(secret, { ...request, password: password ?? '' });
    if (change === undefined) continue;
    if (password === undefined || !change.changed) {
      results.push({ namespace, name, result: password === undefined ? 'found' : 'unchanged' });
      continue;
    }
    try {
      // The resourceVersion listed: a secret changed since fails with 409 and is reported, never overwritten.
      const replaced = await kubernetes.core.replaceNamespacedSecret({ name, namespace, body: change.secret });
      lists?.acknowledge(namespace, 'secrets', acknowledgedWrite(replaced));
      results.push({ namespace, name, result: 'updated' });
    } catch (error) {
      results.push({ namespace, name, result: 'failed', message: toApiError(error, namespace).message });
    }
  }
  return results;
}

/** The Deployments, StatefulSets and DaemonSets of `namespace` with a pod failing to pull that names one of `secrets`. */
async function failingPullers(
  kubernetes: Kubernetes,
  namespace: string,
  secrets: ReadonlySet<string>,
): Promise<FailingPuller[]> {
  let pods: JsonOf<V1Pod>[];
  try {
    pods = (await kubernetes.core.listNamespacedPod({ namespace })).items;
  } catch (error) {
    if (statusCodeOf(error) === 403) return [];
    throw error;
  }
  const failing = pods.filter(
    (pod) => (pod.spec?.imagePullSecrets ?? []).some((r) => secrets.has(r.name ?? '')) && isFailingPull(pod),
  );
  if (failing.length === 0) return [];
  const replicaSets = failing.some((p) => controllerOf(p)?.kind === 'ReplicaSet')
    ? ((await kubernetes.apps.listNamespacedReplicaSet({ namespace }).catch(() => undefined))?.items ?? [])
    : [];
  const found = new Map<string, FailingPuller>();
  for (const pod of failing) {
    const owner = workloadOf(
      pod,
      replicaSets.find((rs) => rs.metadata?.uid === controllerOf(pod)?.uid),
    );
    if (owner?.kind === 'Deployment' || owner?.kind === 'StatefulSet' || owner?.kind === 'DaemonSet')
      found.set(`${owner.kind}/${owner.name}`, { namespace, kind: owner.kind, name: owner.name });
  }
  return [...found.values()];
}

/**
 * A new password for one registry login in every pull secret holding it, in the namespaces the user chose, as the user:
 * each secret's own result (none hidden, nothing rolled back), then the workloads whose pods still fail to pull with them.
 * Without a `password` it only finds them (a dry run).
 */
export async function rotateRegistryPassword(
  kubernetes: Kubernetes,
  request: CredentialRotationSearch,
  password: string | undefined,
  lists?: ListCache,
): Promise<CredentialRotationResult> {
  const secrets: RotatedSecret[] = [];
  const hiddenNamespaces: string[] = [];
  const namespaces = [...new Set(request.namespaces)];
  for (const namespace of namespaces) {
    const results = await rotateIn(kubernetes, namespace, request, password, lists);
    if (results === undefined) hiddenNamespaces.push(namespace);
    else secrets.push(...results);
  }
  const failingWorkloads: FailingPuller[] = [];
  for (const namespace of new Set(secrets.map((s) => s.namespace))) {
    const names = new Set(secrets.filter((s) => s.namespace === namespace).map((s) => s.name));
    failingWorkloads.push(...(await failingPullers(kubernetes, namespace, names)));
  }
  return { secrets, hiddenNamespaces, failingWorkloads };
}
