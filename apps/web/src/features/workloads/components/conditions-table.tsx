import type { DeploymentCondition } from '@berth/contracts';

export function ConditionsTable({ conditions }: { conditions: readonly DeploymentCondition[] }) {
  if (conditions.length === 0) return <p className="state state-empty">No conditions reported yet.</p>;
  return (
    <div className="table-wrap">
      <table className="table" aria-label="Conditions">
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">Status</th>
            <th scope="col">Reason</th>
            <th scope="col">Message</th>
          </tr>
        </thead>
        <tbody>
          {conditions.map((c) => (
            <tr key={c.type}>
              <td>{c.type}</td>
              <td>{c.status}</td>
              <td>{c.reason ?? '—'}</td>
              <td className="cell-message">{c.message ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
