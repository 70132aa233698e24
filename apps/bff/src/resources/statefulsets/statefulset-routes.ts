import type { Router } from 'express';
import type { V1StatefulSet } from '@kubernetes/client-node';
import {
  statefulSetDetail,
  statefulSetPatch,
  statefulSetSummary,
  type StatefulSetDetail,
  type StatefulSetSummary,
} from '@berth/contracts';
import type { ListCache } from '../../kube/list-cache';
import { podRows, toConditions } from '../workloads/detail-parts';
import { podAccessOf } from '../deployments/pod-access';
import { byOrdinal } from '../workloads/owned-objects';
import type { WorkloadDefinition } from '../workloads/workload-kind';
import { workloadRoutes } from '../workloads/workload-routes';
import { toStatefulSetSummary } from './statefulset-summary';

export const statefulSets: WorkloadDefinition<V1StatefulSet, StatefulSetSummary, StatefulSetDetail> = {
  kind: 'StatefulSet',
  plural: 'statefulsets',
  param: 'statefulset',
  apiVersions: ['apps/v1'],
  groupVersion: () => Promise.resolve('apps/v1'),
  related: 'pods',
  summary: (set, pods) => toStatefulSetSummary(set, pods),
  summarySchema: statefulSetSummary,
  detail: (set, { pods, events }) => ({
    ...toStatefulSetSummary(set, pods),
    ...podAccessOf(set.spec?.template),
    replicas: set.spec?.replicas ?? 1,
    conditions: toConditions(set.status?.conditions),
    pods: byOrdinal(podRows(pods)),
    events,
  }),
  detailSchema: statefulSetDetail,
  patchSchema: statefulSetPatch,
  podSpecPath: '/spec/template/spec',
  podSpec: (set) => set.spec?.template.spec,
};

/** `/namespaces/:ns/statefulsets`. */
export function statefulSetRoutes(lists?: ListCache): Router {
  return workloadRoutes(statefulSets, lists);
}
