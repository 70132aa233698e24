import { defaultServiceAccountName } from '@berth/contracts';
import { useWatch } from 'react-hook-form';
import { useDefaultServiceAccountPullSecrets } from '../../../shared/api/list-service-accounts';

/**
 * With no credential picked, the pods get their ServiceAccount's image pull secrets at admission (the form runs them as
 * `default`): this says which, so an empty picker is not read as "no credentials".
 */
export function ServiceAccountCredentialsNote({ namespace }: { namespace: string }) {
  const picked = useWatch<{ imagePullSecrets?: string[] }, 'imagePullSecrets'>({ name: 'imagePullSecrets' });
  const names = useDefaultServiceAccountPullSecrets(namespace);
  if (names === undefined || (picked?.length ?? 0) > 0) return null;
  return (
    <p className="field-hint" role="note" aria-label="ServiceAccount credentials">
      {names.length === 0
        ? `No credential picked, and ServiceAccount ${defaultServiceAccountName} gives none: the pods pull without credentials.`
        : `No credential picked: the pods get ServiceAccount ${defaultServiceAccountName}'s image pull secrets: ${names.join(', ')}.`}
    </p>
  );
}
