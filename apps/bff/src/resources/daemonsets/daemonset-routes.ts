import type { Router } from 'express';
import type { V1DaemonSet } from '@kubernetes/client-node';
import {
  daemonSetDetail,
  daemonSetPatch,
  daemonSetSummary,
  type DaemonSetDetail,
  type DaemonSetSummary,
} from '@berth/contracts';
import type { ListCache } from '../../kube/list-cache';
import { podRows, toConditions } from '../workloads/detail-parts';
import { podAccessOf } from '../deployments/pod-access';
import type { WorkloadDefinition } from '../workloads/workload-kind';
import { workloadRoutes } from '../workloads/workload-routes';
import { toDaemonSetSummary } from './daemonset-summary';

export const daemonSets: WorkloadDefinition<V1DaemonSet, DaemonSetSummary, DaemonSetDetail> = {
  kind: 'DaemonSet',
  plural: 'daemonsets',
  param: 'daemonset',
  apiVersions: ['apps/v1'],
  groupVersion: () => Promise.resolve('apps/v1'),
  related: 'pods',
  summary: (set, pods) => toDaemonSetSummary(set, pods),
  summarySchema: daemonSetSummary,
  detail: (set, { pods, events }) => ({
    ...toDaemonSetSummary(set, pods),
    ...podAccessOf(set.spec?.template),
    conditions: toConditions(set.status?.conditions),
    pods: podRows(pods),
    events,
  }),
  detailSchema: daemonSetDetail,
  patchSchema: daemonSetPatch,
  podSpecPath: '/spec/template/spec',
  podSpec: (set) => set.spec?.template.spec,
};

/** `/namespaces/:ns/daemonsets`. */
export function daemonSetRoutes(lists?: ListCache): Router {
  return workloadRoutes(daemonSets, lists);
}
