import { useParams } from 'react-router';
import { WorkloadDetailPage } from '../../features/workloads/components/workload-detail-page';

export function Component() {
  const { ns = 'default', name = '' } = useParams();
  return <WorkloadDetailPage namespace={ns} name={name} />;
}
