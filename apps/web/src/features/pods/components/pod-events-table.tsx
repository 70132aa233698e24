import type { EventSummary } from '@berth/contracts';
import { DataTable, type Column } from '../../../shared/ui/data-table';
import { formatAge } from '../../../shared/ui/format-age';

const columns: readonly Column<EventSummary>[] = [
  { header: 'Last Seen', cell: (e) => formatAge(e.lastSeen) },
  { header: 'Type', cell: (e) => e.type },
  { header: 'Reason', cell: (e) => e.reason },
  { header: 'Message', cell: (e) => e.message, className: 'cell-message' },
  { header: 'Count', cell: (e) => e.count },
];

/** The pod's own events, in the BFF's order: newest first (`newestEventsFirst`). */
export function PodEventsTable({ events }: { events: readonly EventSummary[] }) {
  if (events.length === 0) return <p className="state state-empty">No events.</p>;
  return (
    <DataTable
      label="Pod events"
      columns={columns}
      rows={events}
      rowKey={(e, i) => `${e.reason}/${e.lastSeen}/${i}`}
      rowClassName={(e) => (e.type === 'Warning' ? 'row-warning' : undefined)}
    />
  );
}
