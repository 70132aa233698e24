import type { WorkloadPlural } from '@berth/contracts';
import { lazy, Suspense, type ComponentType } from 'react';
import { useSearchParams } from 'react-router';
import { useClusterReachable } from '../../../shared/api/use-cluster-reachable';
import { countOf } from '../../../shared/ui/count-of';
import { ListStates, LoadingState } from '../../../shared/ui/query-state';
import { useWorkloadList } from '../api/workload-queries';
import { nameMatches, pluralOfSearch } from '../lib/workload-tab';
import { CreateWorkloadButton } from './create-workload-button';
import type { KindTableProps } from './tables/use-filtered-list';
import { WorkloadTabs } from './workload-tabs';

// Each tab's table is its own chunk: the first route carries only the one in view.
const tables: Record<WorkloadPlural, ComponentType<KindTableProps>> = {
  deployments: lazy(() => import('./tables/deployments-table')),
  statefulsets: lazy(() => import('./tables/statefulsets-table')),
  daemonsets: lazy(() => import('./tables/daemonsets-table')),
  jobs: lazy(() => import('./tables/jobs-table')),
  cronjobs: lazy(() => import('./tables/cronjobs-table')),
};

/** Workloads, one tab per kind (`?kind=`): live from the namespace stream, searchable by name (kept in the URL). */
export function WorkloadsPage({ namespace }: { namespace: string }) {
  const [params, setParams] = useSearchParams();
  const plural = pluralOfSearch(params.get('kind'));
  const q = params.get('q') ?? '';
  // Fetched here, not in the table's chunk, so the list and the chunk load side by side.
  const list = useWorkloadList(namespace, plural);
  const reachable = useClusterReachable();
  const items: readonly { name: string }[] = list.data?.items ?? [];
  const shown = items.filter((w) => nameMatches(w.name, q)).length;
  const Table = tables[plural];
  return (
    <section aria-labelledby="workloads-title">
      <div className="page-header">
        <h1 id="workloads-title">Workloads</h1>
        <CreateWorkloadButton namespace={namespace} plural={plural} reachable={reachable} />
      </div>
      <WorkloadTabs namespace={namespace} current={plural} />
      <div className="toolbar">
        <label htmlFor="workload-search">Search by name</label>
        <input
          id="workload-search"
          type="search"
          value={q}
          onChange={(e) =>
            setParams((p) => (e.target.value === '' ? p.delete('q') : p.set('q', e.target.value), p), { replace: true })
          }
        />
        {list.data ? <span className="count">{countOf(shown, 'workload')}</span> : null}
      </div>
      <ListStates
        list={list}
        shown={shown}
        reachable={reachable}
        loading="Loading workloads…"
        forbidden={{ action: `list ${plural}`, namespace }}
        none={`No workloads in namespace ${namespace} yet.`}
        noMatch="No workload matches this search."
      />
      {/* Rendered from the start, so the table's chunk loads while the list is fetched; it shows nothing without rows. */}
      <Suspense fallback={shown > 0 ? <LoadingState label="Loading workloads…" /> : null}>
        <Table namespace={namespace} q={q} stale={!reachable} />
      </Suspense>
    </section>
  );
}
