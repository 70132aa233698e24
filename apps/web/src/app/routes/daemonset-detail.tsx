import { useParams } from 'react-router';
import { DaemonSetDetailPage } from '../../features/workloads/components/kinds/daemonset-detail-page';

export function Component() {
  const { ns = 'default', name = '' } = useParams();
  return <DaemonSetDetailPage namespace={ns} name={name} />;
}
