// Pod events as the kubelet records them (core/v1 Events, source kubelet on this node).
import type { CoreV1Api, CoreV1Event, V1Pod } from '@kubernetes/client-node';
import { isNotFound } from './api-errors';
import { errorText, type NodeAgentLog } from './log';
import { nodeName } from './node-object';

export interface PodEvent {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  /** The container the event is about; omitted for pod-wide events. */
  container?: string;
}

export type RecordPodEvent = (pod: V1Pod, event: PodEvent) => Promise<void>;

let sequence = 0n;

/** Event names follow the kubelet's `<pod>.<hex nanoseconds>`. */
function eventName(podName: string, now: Date): string {
  sequence += 1n;
  return `${podName}.${(BigInt(now.getTime()) * 1_000_000n + sequence).toString(16)}`;
}

/** `spec.initContainers{name}` or `spec.containers{name}`, as `kubectl describe` shows an event's source. */
function containerFieldPath(pod: V1Pod, container: string): string {
  const init = pod.spec?.initContainers?.some((c) => c.name === container) ?? false;
  return `spec.${init ? 'initContainers' : 'containers'}{${container}}`;
}

export function podEventObject(pod: V1Pod, event: PodEvent, now: Date): CoreV1Event {
  const namespace = pod.metadata?.namespace ?? 'default';
  const podName = pod.metadata?.name ?? '';
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: eventName(podName, now), namespace },
    involvedObject: {
      apiVersion: 'v1',
      kind: 'Pod',
      namespace,
      name: podName,
      uid: pod.metadata?.uid,
      resourceVersion: pod.metadata?.resourceVersion,
      ...(event.container ? { fieldPath: containerFieldPath(pod, event.container) } : {}),
    },
    type: event.type,
    reason: event.reason,
    message: event.message,
    source: { component: 'kubelet', host: nodeName },
    reportingComponent: 'kubelet',
    reportingInstance: nodeName,
    firstTimestamp: now,
    lastTimestamp: now,
    count: 1,
  };
}

/** Repeats of one event (same pod, container, type, reason, message) update its count, as the kubelet's correlator does. */
function seriesKey(pod: V1Pod, event: PodEvent): string {
  return [pod.metadata?.uid, event.container, event.type, event.reason, event.message].join('\u0000');
}

const maxSeries = 4096;

/** Records events through the API; a failed event write is logged, never fatal (the kubelet drops them too). */
export function apiEventRecorder(core: CoreV1Api, log: NodeAgentLog): RecordPodEvent {
  const series = new Map<string, CoreV1Event>();
  return async (pod, event) => {
    const now = new Date();
    const key = seriesKey(pod, event);
    const previous = series.get(key);
    const body = previous
      ? { ...previous, count: (previous.count ?? 1) + 1, lastTimestamp: now }
      : podEventObject(pod, event, now);
    const namespace = body.metadata.namespace ?? 'default';
    log('pod-event', {
      namespace,
      pod: pod.metadata?.name,
      type: event.type,
      reason: event.reason,
      message: event.message,
    });
    try {
      if (previous) {
        try {
          await core.replaceNamespacedEvent({ name: body.metadata.name ?? '', namespace, body });
        } catch (error) {
          // Events expire (1 h by default): start a new series.
          if (!isNotFound(error)) throw error;
          Object.assign(body, podEventObject(pod, event, now));
          await core.createNamespacedEvent({ namespace, body });
        }
      } else {
        await core.createNamespacedEvent({ namespace, body });
      }
      series.delete(key);
      series.set(key, { ...body, metadata: { name: body.metadata.name, namespace } });
      if (series.size > maxSeries) series.delete(series.keys().next().value ?? '');
    } catch (error) {
      log('pod-event-failed', { pod: pod.metadata?.name, reason: event.reason, error: errorText(error) });
    }
  };
}
