// The stream's messages for the workload kinds after Deployments: each object as its list route shows it, and which
// workload a pod belongs to (its controller's ownerReference), so a pod's change also refreshes its owner's status.
import type { KubernetesObject, V1CronJob, V1Job, V1Pod } from '@kubernetes/client-node';
import { type StreamMessage, type WorkloadKind, workloadKinds, workloadResources } from '@berth/contracts';
import { toCronJobSummary } from '../resources/cronjobs/cronjob-summary';
import { toDaemonSetSummary } from '../resources/daemonsets/daemonset-summary';
import { toJobSummary } from '../resources/jobs/job-summary';
import { toStatefulSetSummary } from '../resources/statefulsets/statefulset-summary';
import { controllerOf, ownedBy } from '../resources/workloads/owned-objects';
import type { ChangeType, WatchedKind } from './informer-hub';

/** What the namespace's informers hold now, by kind. */
export type Held = (kind: WatchedKind) => readonly KubernetesObject[];

const podsOf = (held: Held, owner: KubernetesObject) => ownedBy(held('pods') as readonly V1Pod[])(owner);
const jobsOf = (held: Held, owner: KubernetesObject) => ownedBy(held('jobs') as readonly V1Job[])(owner);

/** A StatefulSet, DaemonSet, Job or CronJob message, its console status decided by what it owns now. */
export function workloadMessage(
  kind: 'statefulsets' | 'daemonsets' | 'jobs' | 'cronjobs',
  type: ChangeType,
  object: KubernetesObject,
  held: Held,
): StreamMessage {
  // Informer caches hold objects of the kind they are named after.
  switch (kind) {
    case 'statefulsets':
      return { kind: 'statefulset', type, object: toStatefulSetSummary(object, podsOf(held, object)) };
    case 'daemonsets':
      return { kind: 'daemonset', type, object: toDaemonSetSummary(object, podsOf(held, object)) };
    case 'jobs':
      return { kind: 'job', type, object: toJobSummary(object, podsOf(held, object)) };
    case 'cronjobs':
      return { kind: 'cronjob', type, object: toCronJobSummary(object as V1CronJob, jobsOf(held, object)) };
  }
}

type CarriedKind = Exclude<WorkloadKind, 'Deployment'>;
/** The kinds whose owner this file finds (a Deployment's pods go through its ReplicaSets, in namespace-stream.ts). */
const isCarried = (kind: string): kind is CarriedKind => kind !== 'Deployment' && workloadKinds.some((k) => k === kind);

/** The owner an object's controller reference names, if it is a workload kind the stream carries, and held now. */
export function heldOwner(
  object: KubernetesObject,
  held: Held,
):
  | { kind: WorkloadKind; watched: 'statefulsets' | 'daemonsets' | 'jobs' | 'cronjobs'; object: KubernetesObject }
  | undefined {
  const controller = controllerOf(object);
  if (controller === undefined || !isCarried(controller.kind)) return undefined;
  const { kind } = controller;
  const watched = workloadResources[kind].plural;
  const owner = held(watched).find((o) => o.metadata?.uid === controller.uid);
  return owner === undefined ? undefined : { kind, watched, object: owner };
}
