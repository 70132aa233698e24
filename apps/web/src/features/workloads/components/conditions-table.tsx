import type { DeploymentCondition } from '@berth/contracts';
import { DataTable, type Column } from '../../../shared/ui/data-table';

const columns: readonly Column<DeploymentCondition>[] = [
  { header: 'Type', cell: (c) => c.type },
  { header: 'Status', cell: (c) => c.status },
  { header: 'Reason', cell: (c) => c.reason ?? '—' },
  { header: 'Message', cell: (c) => c.message ?? '', className: 'cell-message' },
];

export function ConditionsTable({ conditions }: { conditions: readonly DeploymentCondition[] }) {
  if (conditions.length === 0) return <p className="state state-empty">No conditions reported yet.</p>;
  return <DataTable label="Conditions" columns={columns} rows={conditions} rowKey={(c) => c.type} />;
}
