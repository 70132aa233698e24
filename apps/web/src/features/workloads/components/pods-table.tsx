import type { PodSummary } from '@berth/contracts';
import { formatAge } from '../../../shared/ui/format-age';

/** Pods with each container's state, reason, message, restarts and node. */
export function PodsTable({ pods }: { pods: readonly PodSummary[] }) {
  if (pods.length === 0) return <p className="state state-empty">No pods yet.</p>;
  return (
    <div className="table-wrap">
      <table className="table" aria-label="Pods">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Phase</th>
            <th scope="col">Container</th>
            <th scope="col">Reason</th>
            <th scope="col">Message</th>
            <th scope="col">Restarts</th>
            <th scope="col">Node</th>
            <th scope="col">Age</th>
          </tr>
        </thead>
        <tbody>
          {pods.flatMap((pod) =>
            (pod.containers.length > 0 ? pod.containers : [undefined]).map((c, i) => (
              <tr key={`${pod.name}/${c?.name ?? i}`}>
                <td>{pod.name}</td>
                <td>{pod.phase}</td>
                <td>{c ? `${c.name} (${c.state})` : '—'}</td>
                <td>{c?.reason ?? '—'}</td>
                <td className="cell-message">{c?.message ?? ''}</td>
                <td>{c?.restarts ?? 0}</td>
                <td>{pod.node ?? '—'}</td>
                <td>{formatAge(pod.created)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
