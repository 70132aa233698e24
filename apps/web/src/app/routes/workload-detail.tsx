import { useParams } from 'react-router';
import { AccessSection } from '../../features/services/components/access-section';
import { WorkloadDetailPage } from '../../features/workloads/components/workload-detail-page';

/**
 * The app composes the two features: the workload's page shows the services feature's Access section. This route is
 * a lazy chunk already; splitting the section or its dialog off again added shared chunks to the first route (+1.2 KB).
 */
export function Component() {
  const { ns = 'default', name = '' } = useParams();
  return <WorkloadDetailPage namespace={ns} name={name} renderAccess={(props) => <AccessSection {...props} />} />;
}
