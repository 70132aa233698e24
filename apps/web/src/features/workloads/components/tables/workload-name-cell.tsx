import type { WorkloadPlural } from '@berth/contracts';
import { Link } from 'react-router';
import { workloadPath } from '../../lib/workload-tab';

/** The name column every kind's table starts with: a link to its detail page. */
export const nameColumn = (plural: WorkloadPlural) => ({
  header: 'Name',
  cell: (w: { name: string; namespace: string }) => (
    <Link to={workloadPath(w.namespace, plural, w.name)}>{w.name}</Link>
  ),
});
