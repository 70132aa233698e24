import type { ClusterSummary } from '@berth/contracts';
import { namespaceHref } from '../shared/api/current-cluster';
import { landingNamespace } from './landing-namespace';

/** `/` opens the Clusters page when the kubeconfig has more than one context; with one, that cluster's namespace. */
export const landsOnClusters = (clusters: readonly ClusterSummary[] | undefined): boolean =>
  (clusters?.length ?? 0) > 1;

/** Entering a cluster: its context's namespace (as kubectl), else the last one used, else default; its Workloads. */
export const enterClusterHref = (cluster: ClusterSummary, remembered: readonly string[]): string =>
  namespaceHref(cluster.name, landingNamespace(cluster.namespace, remembered), 'workloads');
