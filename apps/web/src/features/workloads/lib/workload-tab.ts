import { workloadKinds, workloadResources, type WorkloadPlural } from '@berth/contracts';
import { namespaceHref } from '../../../shared/api/current-cluster';

/** The Workloads page's tabs in CCE's order: Deployments, StatefulSets, DaemonSets, Jobs, Cron Jobs. */
export const workloadTabs = workloadKinds.map((kind) => workloadResources[kind]);

/** The tab a `?kind=` names; none (or one Berth does not know) is Deployments, the page's first tab. */
export function pluralOfSearch(kind: string | null): WorkloadPlural {
  return workloadTabs.find((tab) => tab.plural === kind)?.plural ?? 'deployments';
}

/** `?kind=statefulsets`, or nothing for Deployments: the same query the Workloads tabs and Create Workload use. */
export const kindSearch = (plural: WorkloadPlural) => (plural === 'deployments' ? '' : `?kind=${plural}`);

/** Names as `kubectl get` matches them in the search box: a part of the name, in lower case. */
export const nameMatches = (name: string, q: string) => name.includes(q.trim().toLowerCase());

/** A workload's detail page; a Deployment's keeps the address it had before the other kinds came. */
export const workloadPath = (cluster: string, namespace: string, plural: WorkloadPlural, name: string) =>
  plural === 'deployments'
    ? namespaceHref(cluster, namespace, 'workloads', name)
    : namespaceHref(cluster, namespace, 'workloads', plural, name);
