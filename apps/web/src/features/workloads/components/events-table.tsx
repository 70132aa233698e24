import type { EventSummary } from '@berth/contracts';
import { formatAge } from '../../../shared/ui/format-age';

/** Events of the Deployment, its ReplicaSets and pods, newest first. */
export function EventsTable({ events }: { events: readonly EventSummary[] }) {
  if (events.length === 0) return <p className="state state-empty">No events.</p>;
  const newestFirst = [...events].sort((a, b) => Date.parse(b.lastSeen) - Date.parse(a.lastSeen));
  return (
    <div className="table-wrap">
      <table className="table" aria-label="Events">
        <thead>
          <tr>
            <th scope="col">Last Seen</th>
            <th scope="col">Type</th>
            <th scope="col">Reason</th>
            <th scope="col">Object</th>
            <th scope="col">Message</th>
            <th scope="col">Count</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((e, i) => (
            <tr
              key={`${e.object.kind}/${e.object.name}/${e.reason}/${i}`}
              className={e.type === 'Warning' ? 'row-warning' : undefined}
            >
              <td>{formatAge(e.lastSeen)}</td>
              <td>{e.type}</td>
              <td>{e.reason}</td>
              <td>
                {e.object.kind}/{e.object.name}
              </td>
              <td className="cell-message">{e.message}</td>
              <td>{e.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
