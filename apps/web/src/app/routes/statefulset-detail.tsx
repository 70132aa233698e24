import { useParams } from 'react-router';
import { StatefulSetDetailPage } from '../../features/workloads/components/kinds/statefulset-detail-page';

export function Component() {
  const { ns = 'default', name = '' } = useParams();
  return <StatefulSetDetailPage namespace={ns} name={name} />;
}
