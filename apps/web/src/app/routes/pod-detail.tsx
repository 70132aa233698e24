import { useParams } from 'react-router';
import { PodDetailPage } from '../../features/pods/components/pod-detail-page';

export function Component() {
  const { ns = 'default', pod = '' } = useParams();
  return <PodDetailPage namespace={ns} name={pod} />;
}
