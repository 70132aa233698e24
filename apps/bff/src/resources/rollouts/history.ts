// A workload's revisions as `kubectl rollout history` finds them (polymorphichelpers/history.go): a Deployment's
// ReplicaSets by their `deployment.kubernetes.io/revision`, a StatefulSet's or DaemonSet's ControllerRevisions, each
// only when the workload is its controller.
import type { V1ControllerRevision, V1PodTemplateSpec, V1ReplicaSet } from '@kubernetes/client-node';
import type { RevisionContainer, WorkloadRevision } from '@berth/contracts';
import { isoTime } from '../../kube/iso-time';
import type { JsonOf } from '../../kube/list-json';
import { controllerOf, type Owned } from '../workloads/owned-objects';
import { equalIgnoreHash, sameJson } from './template-equality';

export type PodTemplate = JsonOf<V1PodTemplateSpec>;
export type ReplicaSet = JsonOf<V1ReplicaSet>;
export type ControllerRevision = JsonOf<V1ControllerRevision>;

/** What every rollout kind has: its identity, annotations and pod template. */
export interface RolloutWorkload {
  metadata?: { name?: string; uid?: string; annotations?: Record<string, string> };
  spec?: { template?: PodTemplate; paused?: boolean };
}

export const revisionAnnotation = 'deployment.kubernetes.io/revision';
export const changeCauseAnnotation = 'kubernetes.io/change-cause';

/** deploymentutil.Revision: no annotation is revision 0; one that is not a whole number is no revision at all. */
export function replicaSetRevision(replicaSet: ReplicaSet): number | undefined {
  const value = replicaSet.metadata?.annotations?.[revisionAnnotation];
  if (value === undefined) return 0;
  return /^[+-]?\d+$/.test(value) ? Number(value) : undefined;
}

/** The objects `owner` is the controller of (metav1.IsControlledBy). */
export function controlledBy<T extends Owned>(objects: readonly T[], owner: RolloutWorkload): T[] {
  const uid = owner.metadata?.uid;
  return objects.filter((object) => uid !== undefined && controllerOf(object)?.uid === uid);
}

/** The pod template a ControllerRevision records: its data is `{"spec":{"template":{…,"$patch":"replace"}}}`. */
export function recordedTemplate(revision: ControllerRevision): PodTemplate | undefined {
  const data = revision.data as { spec?: { template?: PodTemplate & { $patch?: string } } } | undefined;
  const template = data?.spec?.template;
  if (template === undefined) return undefined;
  const { $patch: _replace, ...rest } = template;
  return rest;
}

/** kubectl's statefulsetMatch and daemonSetMatch: the workload's template is the one this revision recorded. */
export function matchesRevision(workload: RolloutWorkload, revision: ControllerRevision): boolean {
  const template = workload.spec?.template;
  return sameJson({ spec: { template: { ...template, $patch: 'replace' } } }, revision.data);
}

/** deploymentutil.FindNewReplicaSet: the oldest ReplicaSet whose template is the Deployment's, hash label aside. */
export function newReplicaSet(deployment: RolloutWorkload, replicaSets: readonly ReplicaSet[]): ReplicaSet | undefined {
  const oldestFirst = [...replicaSets].sort(
    (a, b) =>
      isoTime(a.metadata?.creationTimestamp).localeCompare(isoTime(b.metadata?.creationTimestamp)) ||
      (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''),
  );
  return oldestFirst.find((rs) => equalIgnoreHash(rs.spec?.template, deployment.spec?.template));
}

const containersOf = (list: readonly { name: string; image?: string }[] | undefined): RevisionContainer[] =>
  (list ?? []).map((c) => ({ name: c.name, image: c.image ?? '' }));

function revisionOf(
  revision: number,
  source: { metadata?: { name?: string; creationTimestamp?: string; annotations?: Record<string, string> } },
  template: PodTemplate | undefined,
  current: boolean,
): WorkloadRevision {
  const changeCause = source.metadata?.annotations?.[changeCauseAnnotation];
  return {
    revision,
    source: source.metadata?.name ?? '',
    containers: containersOf(template?.spec?.containers),
    initContainers: containersOf(template?.spec?.initContainers),
    imagePullSecrets: (template?.spec?.imagePullSecrets ?? []).map((s) => s.name ?? '').filter((n) => n !== ''),
    created: isoTime(source.metadata?.creationTimestamp),
    ...(changeCause ? { changeCause } : {}),
    current,
  };
}

const newestFirst = (a: WorkloadRevision, b: WorkloadRevision) => b.revision - a.revision;

/** A Deployment's revisions; the current one is its new ReplicaSet (the one `rollout undo` to would skip). */
export function deploymentRevisions(
  deployment: RolloutWorkload,
  replicaSets: readonly ReplicaSet[],
): WorkloadRevision[] {
  const owned = controlledBy(replicaSets, deployment);
  const current = newReplicaSet(deployment, owned);
  const revisions: WorkloadRevision[] = [];
  for (const rs of owned) {
    const revision = replicaSetRevision(rs);
    if (revision !== undefined) revisions.push(revisionOf(revision, rs, rs.spec?.template, rs === current));
  }
  return revisions.sort(newestFirst);
}

/** A StatefulSet's or DaemonSet's revisions; the current one recorded exactly its pod template. */
export function controllerRevisions(
  workload: RolloutWorkload,
  revisions: readonly ControllerRevision[],
): WorkloadRevision[] {
  return controlledBy(revisions, workload)
    .map((r) => revisionOf(r.revision, r, recordedTemplate(r), matchesRevision(workload, r)))
    .sort(newestFirst);
}
