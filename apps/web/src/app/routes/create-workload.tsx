import { useParams } from 'react-router';
import { CreateSecretDialog } from '../../features/secrets/components/create-secret-dialog';
import { CreateWorkloadPage } from '../../features/workloads/components/create-workload-page';

/** The app composes the two features: the workload form opens the secrets feature's Create Secret dialog. */
export function Component() {
  const namespace = useParams().ns ?? 'default';
  return <CreateWorkloadPage namespace={namespace} renderCreateSecret={(props) => <CreateSecretDialog {...props} />} />;
}
