import { useParams } from 'react-router';
import { AccessSection } from '../../features/services/components/access-section';
import { DaemonSetDetailPage } from '../../features/workloads/components/kinds/daemonset-detail-page';

export function Component() {
  const { ns = 'default', name = '' } = useParams();
  return <DaemonSetDetailPage namespace={ns} name={name} renderAccess={(props) => <AccessSection {...props} />} />;
}
