import type { ClusterSummary } from '@berth/contracts';
import { Link } from 'react-router';
import { useFreshClusters } from '../../../shared/api/clusters';
import { DataTable, type Column } from '../../../shared/ui/data-table';
import { ErrorState, LoadingState } from '../../../shared/ui/query-state';
import { ClusterSignIn } from './cluster-sign-in';

const reachabilityWords: Record<ClusterSummary['reachability'], string> = {
  reachable: 'Reachable',
  unreachable: 'Unreachable',
  unauthorized: 'No access',
  checking: 'Checking…',
};

/** The word, then why (refused, no answer within 2 s, credentials refused): a row that cannot be reached says so. */
function Reachability({ cluster }: { cluster: ClusterSummary }) {
  const word = reachabilityWords[cluster.reachability];
  return (
    <span className={cluster.reachability === 'reachable' ? 'conn conn-ok' : 'conn conn-down'}>
      {cluster.message === undefined ? word : `${word}: ${cluster.message}`}
    </span>
  );
}

const columns: readonly Column<ClusterSummary>[] = [
  {
    header: 'Name',
    cell: (c) => (
      <>
        <Link to={`/clusters/${encodeURIComponent(c.name)}`}>{c.name}</Link>
        {c.default ? ' (default)' : null}
      </>
    ),
  },
  { header: 'Server', cell: (c) => c.server },
  { header: 'Kubernetes', cell: (c) => c.version ?? '—', width: '8rem' },
  { header: 'User', cell: (c) => c.user },
  { header: 'Status', cell: (c) => <Reachability cluster={c} /> },
];

// Token mode only (the BFF says `signedIn` then): a token is per cluster.
const signedInColumn: Column<ClusterSummary> = {
  header: 'Signed in',
  cell: (c) => (c.signedIn ? 'Yes' : <ClusterSignIn cluster={c.name} />),
};

/** Every kubeconfig context, as the console's first page when there are several; clicking one enters it. */
export function ClustersPage() {
  const clusters = useFreshClusters();
  return (
    <main className="page clusters-page">
      <h1>Clusters</h1>
      {clusters.isPending ? (
        <LoadingState label="Loading clusters…" />
      ) : clusters.isError ? (
        <ErrorState error={clusters.error} forbidden={{ action: 'list the clusters' }} />
      ) : (
        <DataTable
          label="Clusters"
          columns={clusters.data.items.some((c) => c.signedIn !== undefined) ? [...columns, signedInColumn] : columns}
          rows={clusters.data.items}
          rowKey={(c) => c.name}
        />
      )}
    </main>
  );
}
