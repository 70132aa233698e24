import type { PodContainer } from '@berth/contracts';
import { DataTable, type Column } from '../../../shared/ui/data-table';

/** `Waiting: ImagePullBackOff`, `Terminated: Completed (exit 0)`, `Running`. */
export function stateText(c: PodContainer): string {
  const state = c.state.charAt(0).toUpperCase() + c.state.slice(1);
  const exit = c.exitCode === undefined ? '' : ` (exit ${c.exitCode})`;
  return c.reason ? `${state}: ${c.reason}${exit}` : `${state}${exit}`;
}

const lastTermination = (c: PodContainer): string => {
  const last = c.lastTermination;
  return last ? `${last.reason ?? 'Exited'} (exit ${last.exitCode})` : '—';
};

const columns: readonly Column<PodContainer>[] = [
  { header: 'Container', cell: (c) => (c.init ? `${c.name} (init)` : c.name) },
  { header: 'State', cell: stateText },
  { header: 'Message', cell: (c) => c.message ?? '', className: 'cell-message' },
  { header: 'Ready', cell: (c) => (c.ready ? 'Yes' : 'No') },
  { header: 'Restarts', cell: (c) => c.restarts },
  { header: 'Last Termination', cell: lastTermination },
  { header: 'Image', cell: (c) => c.image, className: 'cell-message' },
  { header: 'Image ID', cell: (c) => c.imageID ?? '—', className: 'cell-message' },
];

/** Init containers first, as they run, then the containers. */
export function PodContainersTable({ containers }: { containers: readonly PodContainer[] }) {
  return (
    <DataTable
      label="Containers"
      columns={columns}
      rows={containers}
      rowKey={(c) => c.name}
      rowClassName={(c) =>
        c.state === 'waiting' && c.reason && c.reason !== 'ContainerCreating' ? 'row-warning' : undefined
      }
    />
  );
}
