import { useEffect, useRef, useState } from 'react';
import { useSecrets } from '../../../shared/api/list-secrets';
import { useDefaultServiceAccountPullSecrets } from '../../../shared/api/list-service-accounts';
import { suggestCredentials, type CredentialSuggestion } from '../lib/credential-suggestion';

interface CredentialPick {
  suggestion: CredentialSuggestion;
  /** True while the form chose the credentials itself (the user has not changed them). */
  chosenForYou: boolean;
  /** The user changed the picker: from now on the credentials are theirs. */
  touch: () => void;
}

/**
 * Create Workload selects the only pull secret covering each registry its images pull from (none where `default`'s
 * already does); a selection the user, the YAML or the URL made is theirs, and so is every one after the user's first.
 */
export function useCredentialPick(
  namespace: string,
  images: readonly { image: string; tag?: string | undefined }[],
  selected: readonly string[],
  select: (names: string[]) => void,
): CredentialPick {
  const secrets = useSecrets(namespace);
  const fromServiceAccount = useDefaultServiceAccountPullSecrets(namespace) ?? [];
  const suggestion = suggestCredentials(images, secrets.data?.items ?? [], fromServiceAccount);
  const pick = suggestion.pick.join(',');
  const current = selected.join(',');
  const autoPicked = useRef<string>(undefined);
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (touched || (current !== '' && current !== autoPicked.current) || current === pick) return;
    autoPicked.current = pick;
    select(pick === '' ? [] : pick.split(','));
  }, [touched, current, pick, select]);
  return { suggestion, chosenForYou: !touched && pick !== '' && current === pick, touch: () => setTouched(true) };
}
