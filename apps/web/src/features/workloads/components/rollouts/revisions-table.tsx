import type { WorkloadRevision } from '@berth/contracts';
import { DataTable, type Column } from '../../../../shared/ui/data-table';
import { formatAge } from '../../../../shared/ui/format-age';

/** `kubectl rollout history` with the images and credentials of each revision, newest first, the current one marked. */
export function RevisionsTable({
  revisions,
  canRollBack,
  whyNot,
  onRollBack,
}: {
  revisions: readonly WorkloadRevision[];
  canRollBack: boolean;
  /** Why rolling back is disabled (paused, not allowed), shown on the buttons. */
  whyNot?: string | undefined;
  onRollBack: (revision: WorkloadRevision) => void;
}) {
  const columns: Column<WorkloadRevision>[] = [
    { header: 'Revision', cell: (r) => (r.current ? `${r.revision} (current)` : String(r.revision)), width: '8rem' },
    {
      header: 'Images',
      cell: (r) => [...r.initContainers, ...r.containers].map((c) => c.image).join(', '),
      className: 'cell-message',
    },
    { header: 'Credentials', cell: (r) => r.imagePullSecrets.join(', ') || '(none)' },
    { header: 'Created', cell: (r) => formatAge(r.created), width: '6rem' },
    { header: 'Change cause', cell: (r) => r.changeCause ?? '<none>', className: 'cell-message' },
    {
      header: 'Action',
      cell: (r) =>
        r.current ? (
          'Current'
        ) : (
          <button
            type="button"
            className="button"
            aria-label={`Roll back to this revision (${r.revision})`}
            disabled={!canRollBack}
            title={whyNot}
            onClick={() => onRollBack(r)}
          >
            Roll back to this revision
          </button>
        ),
    },
  ];
  return <DataTable label="Revisions" columns={columns} rows={revisions} rowKey={(r) => `${r.revision}/${r.source}`} />;
}
