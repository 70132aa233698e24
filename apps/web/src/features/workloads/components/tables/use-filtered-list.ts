import type { WorkloadPlural } from '@berth/contracts';
import { useWorkloadList, type WorkloadSummaryOf } from '../../api/workload-queries';
import { nameMatches } from '../../lib/workload-tab';

/** The rows of a kind's list the search leaves (the page already fetched the list; this reads the same cache). */
export function useFilteredList<P extends WorkloadPlural>(
  namespace: string,
  plural: P,
  q: string,
): WorkloadSummaryOf<P>[] {
  const items = useWorkloadList(namespace, plural).data?.items ?? [];
  return items.filter((w) => nameMatches(w.name, q));
}

/** What the Workloads page hands the lazy table of the tab in view. */
export interface KindTableProps {
  namespace: string;
  q: string;
  stale: boolean;
}
