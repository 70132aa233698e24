import type { KubeConfig, KubernetesObject, V1Pod, V1PodSpec } from '@kubernetes/client-node';
import type { EventSummary, WorkloadKind, WorkloadPatch } from '@berth/contracts';
import type { z } from 'zod';
import type { JsonOf } from '../../kube/list-json';
import type { NamedKind } from '../../http/path-params';

/** What a workload's detail is made of besides the workload itself. */
export interface DetailParts {
  /** The objects the list rows need (its pods; a CronJob's Jobs), those this workload owns. */
  owned: readonly JsonOf<KubernetesObject>[];
  /** Its pods (a CronJob's: its Jobs' pods). */
  pods: readonly JsonOf<V1Pod>[];
  /** About the workload, its Jobs and its pods, newest first. */
  events: EventSummary[];
}

export type RelatedKind = 'pods' | 'jobs';

/** Everything the one route factory (workload-routes.ts) needs to know of a kind; the rest is the same for all. */
export interface WorkloadDefinition<W extends KubernetesObject, Summary, Detail> {
  kind: WorkloadKind;
  plural: 'statefulsets' | 'daemonsets' | 'jobs' | 'cronjobs';
  /** The path parameter's name rule (http/path-params.ts). */
  param: NamedKind;
  /** The apiVersions a manifest may give it in. */
  apiVersions: readonly string[];
  /** The group version the cluster serves it as (a CronJob's is discovered). */
  groupVersion: (kubeConfig: KubeConfig) => Promise<string>;
  /** What its list rows need besides the workloads. */
  related: RelatedKind;
  summary: (workload: JsonOf<W>, owned: readonly JsonOf<KubernetesObject>[]) => Summary;
  summarySchema: z.ZodType<Summary>;
  detail: (workload: JsonOf<W>, parts: DetailParts) => Detail;
  detailSchema: z.ZodType<Detail>;
  patchSchema: z.ZodType<WorkloadPatch>;
  /** Where its pod spec is, for the image and pull secret edits. */
  podSpecPath: string;
  podSpec: (workload: JsonOf<W>) => JsonOf<V1PodSpec> | undefined;
}
