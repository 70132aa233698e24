import type { EventSummary } from '@berth/contracts';
import { formatAge } from '../../../shared/ui/format-age';
import { DataTable, type Column } from '../../../shared/ui/data-table';

const columns: readonly Column<EventSummary>[] = [
  { header: 'Last Seen', cell: (e) => formatAge(e.lastSeen) },
  { header: 'Type', cell: (e) => e.type },
  { header: 'Reason', cell: (e) => e.reason },
  { header: 'Object', cell: (e) => `${e.object.kind}/${e.object.name}` },
  { header: 'Message', cell: (e) => e.message, className: 'cell-message' },
  { header: 'Count', cell: (e) => e.count },
];

/** Events of the workload, its ReplicaSets or Jobs and pods, in the BFF's order: newest first (`newestEventsFirst`). */
export function EventsTable({ events }: { events: readonly EventSummary[] }) {
  if (events.length === 0) return <p className="state state-empty">No events.</p>;
  return (
    <DataTable
      label="Events"
      columns={columns}
      rows={events}
      rowKey={(e, i) => `${e.object.kind}/${e.object.name}/${e.reason}/${i}`}
      rowClassName={(e) => (e.type === 'Warning' ? 'row-warning' : undefined)}
    />
  );
}
