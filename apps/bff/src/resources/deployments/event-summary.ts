import type { CoreV1Event } from '@kubernetes/client-node';
import type { EventSummary } from '@berth/contracts';
import { isoTime } from '../../kube/iso-time';
import type { ModelOrJson } from '../../kube/list-json';

/** An event from client-node calls or from raw lists (`listJson`). */
type Event = ModelOrJson<CoreV1Event>;

/** When an event last happened: events.k8s.io fields first, then the core ones. */
function lastSeen(event: Event): string {
  return isoTime(
    event.series?.lastObservedTime ?? event.lastTimestamp ?? event.eventTime ?? event.metadata?.creationTimestamp,
  );
}

/** An event as the workload page lists it. */
export function toEventSummary(event: Event): EventSummary {
  return {
    type: event.type ?? 'Normal',
    reason: event.reason ?? '',
    message: event.message ?? '',
    object: { kind: event.involvedObject?.kind ?? '', name: event.involvedObject?.name ?? '' },
    count: event.series?.count ?? event.count ?? 1,
    lastSeen: lastSeen(event),
  };
}

/** An event never seen (empty lastSeen) is the oldest: NaN made the order depend on which pairs the sort compared. */
function seenAt(lastSeen: string): number {
  const at = Date.parse(lastSeen);
  return Number.isNaN(at) ? Number.MIN_SAFE_INTEGER : at;
}

/**
 * Newest first, as `kubectl get events --sort-by=.lastTimestamp` reversed: by last seen, then by count (a repeated
 * event seen in the same second happened again after the others). Last seen has whole seconds only, so equal events
 * keep the reverse of the API server's order, which lists one object's events in the order they were made.
 */
export function newestEventsFirst(events: readonly EventSummary[]): EventSummary[] {
  return events
    .map((event, index) => ({ event, index, at: seenAt(event.lastSeen) }))
    .sort((a, b) => b.at - a.at || b.event.count - a.event.count || b.index - a.index)
    .map(({ event }) => event);
}
