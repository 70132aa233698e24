import type { WorkloadPlural } from '@berth/contracts';
import { Link } from 'react-router';
import { kindSearch, workloadTabs } from '../lib/workload-tab';
import { namespaceHref, useCurrentCluster } from '../../../shared/api/current-cluster';

/** One link per kind (`?kind=statefulsets`), so each tab is a URL that can be shared, bookmarked and opened anew. */
export function WorkloadTabs({ namespace, current }: { namespace: string; current: WorkloadPlural }) {
  const cluster = useCurrentCluster();
  const path = `${namespaceHref(cluster, namespace)}/workloads`;
  return (
    <nav className="tabs" aria-label="Workload types">
      {workloadTabs.map((tab) => (
        <Link
          key={tab.plural}
          className={tab.plural === current ? 'tab tab-active' : 'tab'}
          to={`${path}${kindSearch(tab.plural)}`}
          aria-current={tab.plural === current ? 'page' : undefined}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
