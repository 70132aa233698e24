import {
  workloadResources,
  type CronJobSummary,
  type DaemonSetSummary,
  type DeploymentSummary,
  type EventSummary,
  type JobSummary,
  type PodSummary,
  type SecretSummary,
  type ServiceSummary,
  type StatefulSetSummary,
  type StreamMessage,
  type WorkloadPlural,
} from '@berth/contracts';
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { Change } from './merge-by-name';

/**
 * Writes a batch into one cluster's cached details, or asks again (`refresh`, coalesced) for what only a GET answers.
 * The lists are written by `StreamCacheWriter` itself.
 */
export type DetailWriter = (
  client: QueryClient,
  cluster: string,
  namespace: string,
  batch: StreamBatch,
  refresh: (key: QueryKey) => void,
) => void;

/** Where a workload's pods are kept in a batch: `deployments/web`, `jobs/nightly-29112026`. */
export const ownerKey = (plural: WorkloadPlural, name: string) => `${plural}/${name}`;

/**
 * The stream's messages since the last frame, collapsed to the latest change per object, so a burst of thousands
 * costs one cache write per query instead of one per message.
 */
export class StreamBatch {
  readonly secrets = new Map<string, Change<SecretSummary>>();
  readonly services = new Map<string, Change<ServiceSummary>>();
  // One map per workload kind, named by the plural its query keys use.
  readonly deployments = new Map<string, Change<DeploymentSummary>>();
  readonly statefulsets = new Map<string, Change<StatefulSetSummary>>();
  readonly daemonsets = new Map<string, Change<DaemonSetSummary>>();
  readonly jobs = new Map<string, Change<JobSummary>>();
  readonly cronjobs = new Map<string, Change<CronJobSummary>>();
  /** Pods by the workload that owns them (`ownerKey`); a CronJob's pods are its Jobs'. */
  readonly pods = new Map<string, Map<string, Change<PodSummary>>>();
  /** Names of pods whose owner the BFF did not know yet, and the objects of events: they may belong to any workload. */
  readonly unowned = new Set<string>();
  readonly events: EventSummary[] = [];

  add(message: StreamMessage): void {
    switch (message.kind) {
      case 'secret':
        this.secrets.set(message.object.name, { type: message.type, object: message.object });
        return;
      case 'service':
        this.services.set(message.object.name, { type: message.type, object: message.object });
        return;
      case 'deployment':
        this.deployments.set(message.object.name, { type: message.type, object: message.object });
        return;
      case 'statefulset':
        this.statefulsets.set(message.object.name, { type: message.type, object: message.object });
        return;
      case 'daemonset':
        this.daemonsets.set(message.object.name, { type: message.type, object: message.object });
        return;
      case 'job':
        this.jobs.set(message.object.name, { type: message.type, object: message.object });
        return;
      case 'cronjob':
        this.cronjobs.set(message.object.name, { type: message.type, object: message.object });
        return;
      case 'pod': {
        const owner = message.owner
          ? ownerKey(workloadResources[message.owner.kind].plural, message.owner.name)
          : message.deployment === undefined
            ? undefined
            : ownerKey('deployments', message.deployment);
        if (owner === undefined) {
          this.unowned.add(message.object.name);
          return;
        }
        const pods = this.pods.get(owner) ?? new Map<string, Change<PodSummary>>();
        pods.set(message.object.name, { type: message.type, object: message.object });
        this.pods.set(owner, pods);
        return;
      }
      case 'event':
        this.events.push(message.object);
        return;
      case 'status':
        return;
    }
  }

  get isEmpty(): boolean {
    return (
      this.secrets.size +
        this.services.size +
        this.deployments.size +
        this.statefulsets.size +
        this.daemonsets.size +
        this.jobs.size +
        this.cronjobs.size +
        this.pods.size +
        this.unowned.size +
        this.events.length ===
      0
    );
  }

  clear(): void {
    for (const map of [
      this.secrets,
      this.services,
      this.deployments,
      this.statefulsets,
      this.daemonsets,
      this.jobs,
      this.cronjobs,
    ])
      map.clear();
    this.pods.clear();
    this.unowned.clear();
    this.events.length = 0;
  }
}
