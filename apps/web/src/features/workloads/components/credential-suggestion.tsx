import type { CredentialSuggestion } from '../lib/credential-suggestion';

interface CredentialSuggestionNoteProps {
  namespace: string;
  suggestion: CredentialSuggestion;
  selected: readonly string[];
  /** True while the form chose the credentials itself (the user has not changed them). */
  chosenForYou: boolean;
  /** Opens Create Secret prefilled with this registry address; the new secret is then selected. */
  onCreateSecret?: ((registry: string) => void) | undefined;
}

/**
 * Which pull secrets of the namespace cover each registry the pod pulls from (the kubelet's matching rules): says
 * which one was selected for the user, asks when several cover a registry, offers Create Secret when none does.
 */
export function CredentialSuggestionNote({
  namespace,
  suggestion,
  selected,
  chosenForYou,
  onCreateSecret,
}: CredentialSuggestionNoteProps) {
  if (suggestion.registries.length === 0) return null;
  return (
    <ul className="hints credential-suggestion" aria-label="Credentials for the images" aria-live="polite">
      {suggestion.registries.map(({ registry, covering, throughServiceAccount }) => {
        const [only] = covering;
        if (throughServiceAccount !== undefined && selected.length === 0) {
          return (
            <li key={registry}>
              {throughServiceAccount} covers {registry}, and the pods get it from their ServiceAccount: none to pick.
            </li>
          );
        }
        if (covering.length === 1 && only !== undefined) {
          return (
            <li key={registry}>
              {chosenForYou && selected.includes(only)
                ? `Selected ${only}: the only pull secret in ${namespace} that covers ${registry}.`
                : `${only} is the only pull secret in ${namespace} that covers ${registry}.`}
            </li>
          );
        }
        if (covering.length > 1) {
          return (
            <li key={registry}>
              {covering.length} pull secrets cover {registry}: {covering.join(', ')}. Choose the one to pull with.
            </li>
          );
        }
        return (
          <li key={registry}>
            No pull secret in {namespace} covers {registry}
            {registry === 'docker.io' ? ' (public images need none).' : '.'}{' '}
            {onCreateSecret ? (
              <button type="button" className="button-link" onClick={() => onCreateSecret(registry)}>
                Create Secret for {registry}
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
