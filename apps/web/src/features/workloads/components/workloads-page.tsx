import { Link, useSearchParams } from 'react-router';
import { forbiddenReason, useNamespacePermissions } from '../../../shared/api/permissions';
import { useClusterReachable } from '../../../shared/api/use-cluster-reachable';
import { ListStates } from '../../../shared/ui/query-state';
import { countOf } from '../../../shared/ui/count-of';
import { useDeployments } from '../api/list-deployments';
import { WorkloadsTable } from './workloads-table';

/** Workloads > Deployments: live from the namespace stream, searchable by name (kept in the URL). */
export function WorkloadsPage({ namespace }: { namespace: string }) {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const deployments = useDeployments(namespace);
  const reachable = useClusterReachable();
  const { createDeployments } = useNamespacePermissions(namespace);
  const rows = (deployments.data?.items ?? []).filter((d) => d.name.includes(q.trim().toLowerCase()));
  return (
    <section aria-labelledby="workloads-title">
      <div className="page-header">
        <h1 id="workloads-title">Workloads</h1>
        {reachable && createDeployments ? (
          <Link className="button button-primary" to={`/namespaces/${encodeURIComponent(namespace)}/workloads/create`}>
            Create Workload
          </Link>
        ) : (
          <button
            type="button"
            className="button button-primary"
            disabled
            aria-describedby={createDeployments ? undefined : 'create-workload-forbidden'}
          >
            Create Workload
          </button>
        )}
        {createDeployments ? null : (
          <span id="create-workload-forbidden" className="field-hint">
            {forbiddenReason('Deployments', namespace)}
          </span>
        )}
      </div>
      <div className="tabs" role="navigation" aria-label="Workload types">
        <span className="tab tab-active" aria-current="page">
          Deployments
        </span>
      </div>
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
        {deployments.data ? <span className="count">{countOf(rows.length, 'workload')}</span> : null}
      </div>
      <ListStates
        list={deployments}
        shown={rows.length}
        reachable={reachable}
        loading="Loading workloads…"
        forbidden={{ action: 'list deployments', namespace }}
        none={`No workloads in namespace ${namespace} yet.`}
        noMatch="No workload matches this search."
      />
      {rows.length > 0 ? <WorkloadsTable deployments={rows} stale={!reachable} /> : null}
    </section>
  );
}
