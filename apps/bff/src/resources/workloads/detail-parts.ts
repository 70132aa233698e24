import type { CoreV1Event, V1Pod } from '@kubernetes/client-node';
import type { DeploymentCondition, EventSummary, PodSummary } from '@berth/contracts';
import { isoTime } from '../../kube/iso-time';
import type { ModelOrJson } from '../../kube/list-json';
import { newestEventsFirst, toEventSummary } from '../deployments/event-summary';
import { toPodSummary } from '../deployments/pod-summary';

interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: Date | string;
}

/** A workload's status conditions as the detail page lists them. */
export function toConditions(conditions: readonly Condition[] | undefined): DeploymentCondition[] {
  return (conditions ?? []).map((c) => ({
    type: c.type,
    status: c.status,
    ...(c.reason ? { reason: c.reason } : {}),
    ...(c.message ? { message: c.message } : {}),
    ...(c.lastTransitionTime ? { lastTransitionTime: isoTime(c.lastTransitionTime) } : {}),
  }));
}

/** The events about any object of the family (the workload, its Jobs, its pods), newest first. */
export function familyEvents(
  events: readonly ModelOrJson<CoreV1Event>[],
  family: readonly { metadata?: { uid?: string } }[],
): EventSummary[] {
  const uids = new Set(family.map((o) => o.metadata?.uid).filter((u) => u !== undefined));
  return newestEventsFirst(
    events.filter((e) => e.involvedObject?.uid !== undefined && uids.has(e.involvedObject.uid)).map(toEventSummary),
  );
}

/** Pods as the detail page lists them, by name. */
export function podRows(pods: readonly ModelOrJson<V1Pod>[]): PodSummary[] {
  return pods.map(toPodSummary).sort((a, b) => a.name.localeCompare(b.name));
}

/** Images and pull secrets of a pod spec, as every summary shows them. */
export function podSpecColumns(
  spec: { containers?: readonly { image?: string }[]; imagePullSecrets?: readonly { name?: string }[] } | undefined,
): { images: string[]; imagePullSecrets: string[] } {
  return {
    images: (spec?.containers ?? []).map((c) => c.image ?? ''),
    imagePullSecrets: (spec?.imagePullSecrets ?? []).map((s) => s.name ?? '').filter((n) => n !== ''),
  };
}
