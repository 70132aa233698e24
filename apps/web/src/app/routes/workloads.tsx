import { useParams } from 'react-router';
import { WorkloadsPage } from '../../features/workloads/components/workloads-page';

export function Component() {
  return <WorkloadsPage namespace={useParams().ns ?? 'default'} />;
}
