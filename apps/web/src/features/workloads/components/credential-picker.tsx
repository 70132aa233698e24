import { isPullSecretType, type SecretSummary } from '@berth/contracts';
import { useSecrets } from '../../../shared/api/list-secrets';
import { ErrorState } from '../../../shared/ui/query-state';

interface CredentialPickerProps {
  namespace: string;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Opens the Create Secret dialog; the new secret is then selected by the caller. */
  onCreateSecret?: () => void;
  disabled?: boolean;
}

/** Only the pull secrets of the namespace, each with the registries it covers; several may be chosen, in order. */
export function CredentialPicker({ namespace, selected, onChange, onCreateSecret, disabled }: CredentialPickerProps) {
  const secrets = useSecrets(namespace);
  const pullSecrets = (secrets.data?.items ?? []).filter((s) => isPullSecretType(s.type));
  const toggle = (name: string, checked: boolean) =>
    onChange(checked ? [...selected, name] : selected.filter((s) => s !== name));
  return (
    <fieldset className="picker" aria-describedby="credential-picker-note">
      <legend>Image Access Credential</legend>
      {secrets.isPending ? <p role="status">Loading secrets…</p> : null}
      {secrets.isError ? <ErrorState error={secrets.error} forbidden={{ action: 'list secrets', namespace }} /> : null}
      {secrets.data && pullSecrets.length === 0 ? <p>No image pull secrets in namespace {namespace}.</p> : null}
      <ul className="picker-list">
        {pullSecrets.map((secret) => (
          <PickerOption
            key={secret.name}
            secret={secret}
            checked={selected.includes(secret.name)}
            onToggle={toggle}
            disabled={disabled}
          />
        ))}
      </ul>
      {onCreateSecret ? (
        <button type="button" className="button-link" onClick={onCreateSecret} disabled={disabled}>
          Create Secret
        </button>
      ) : null}
      <p id="credential-picker-note" className="field-hint">
        Choosing credentials replaces the service account's default image pull secrets for these pods.
      </p>
    </fieldset>
  );
}

function PickerOption({
  secret,
  checked,
  onToggle,
  disabled,
}: {
  secret: SecretSummary;
  checked: boolean;
  onToggle: (name: string, checked: boolean) => void;
  disabled?: boolean | undefined;
}) {
  const id = `credential-${secret.name}`;
  const servers = secret.registries.map((r) => r.server).join(', ') || 'no registries';
  const legacy = secret.type === 'kubernetes.io/dockercfg' ? ' (legacy .dockercfg)' : '';
  return (
    <li>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onToggle(secret.name, e.target.checked)}
        aria-describedby={`${id}-registries`}
      />
      <label htmlFor={id}>{secret.name}</label>
      <span id={`${id}-registries`} className="picker-registries">
        {servers}
        {legacy}
      </span>
    </li>
  );
}
