import { useParams } from 'react-router';
import { SecretDetailPage } from '../../features/secrets/components/secret-detail-page';

export function Component() {
  const { ns = 'default', name = '' } = useParams();
  return <SecretDetailPage namespace={ns} name={name} />;
}
