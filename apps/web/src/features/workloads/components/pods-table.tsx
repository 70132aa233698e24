import type { ContainerStatus, PodSummary } from '@berth/contracts';
import { Link, useParams } from 'react-router';
import { namespaceHref, useCurrentCluster } from '../../../shared/api/current-cluster';
import { formatAge } from '../../../shared/ui/format-age';
import { DataTable, type Column } from '../../../shared/ui/data-table';

/** A row per container of a pod; a pod without containers yet gets one row of its own. */
interface PodRow {
  pod: PodSummary;
  container: ContainerStatus | undefined;
  key: string;
}

const columns: readonly Column<PodRow>[] = [
  { header: 'Name', cell: ({ pod }) => <PodLink name={pod.name} /> },
  { header: 'Phase', cell: ({ pod }) => pod.phase },
  { header: 'Container', cell: ({ container: c }) => (c ? `${c.name} (${c.state})` : '—') },
  { header: 'Reason', cell: ({ container: c }) => c?.reason ?? '—' },
  { header: 'Message', cell: ({ container: c }) => c?.message ?? '', className: 'cell-message' },
  { header: 'Restarts', cell: ({ container: c }) => c?.restarts ?? 0 },
  { header: 'Node', cell: ({ pod }) => pod.node ?? '—' },
  { header: 'Age', cell: ({ pod }) => formatAge(pod.created) },
];

/** The pod's own page (features/pods), by URL: features do not import each other. */
function PodLink({ name }: { name: string }) {
  const cluster = useCurrentCluster();
  const { ns = 'default' } = useParams();
  return <Link to={namespaceHref(cluster, ns, 'pods', name)}>{name}</Link>;
}

/** Pods with each container's state, reason, message, restarts and node. */
export function PodsTable({ pods }: { pods: readonly PodSummary[] }) {
  if (pods.length === 0) return <p className="state state-empty">No pods yet.</p>;
  const rows = pods.flatMap((pod) =>
    (pod.containers.length > 0 ? pod.containers : [undefined]).map((container, i) => ({
      pod,
      container,
      key: `${pod.name}/${container?.name ?? i}`,
    })),
  );
  return <DataTable label="Pods" columns={columns} rows={rows} rowKey={(row) => row.key} />;
}
