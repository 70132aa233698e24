import { useParams } from 'react-router';
import { AccessSection } from '../../features/services/components/access-section';
import { StatefulSetDetailPage } from '../../features/workloads/components/kinds/statefulset-detail-page';

export function Component() {
  const { ns = 'default', name = '' } = useParams();
  return <StatefulSetDetailPage namespace={ns} name={name} renderAccess={(props) => <AccessSection {...props} />} />;
}
