import { useParams } from 'react-router';
import { SecretsPage } from '../../features/secrets/components/secrets-page';

export function Component() {
  const namespace = useParams().ns ?? 'default';
  return <SecretsPage namespace={namespace} />;
}
