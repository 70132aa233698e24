import { useParams } from 'react-router';
import { JobDetailPage } from '../../features/workloads/components/kinds/job-detail-page';

export function Component() {
  const { ns = 'default', name = '' } = useParams();
  return <JobDetailPage namespace={ns} name={name} />;
}
