import { useParams } from 'react-router';
import { CronJobDetailPage } from '../../features/workloads/components/kinds/cronjob-detail-page';

export function Component() {
  const { ns = 'default', name = '' } = useParams();
  return <CronJobDetailPage namespace={ns} name={name} />;
}
