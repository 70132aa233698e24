import { dnsLabelProblems } from '@berth/contracts';
import { useState, type FormEvent } from 'react';
import { useCurrentContext } from '../../shared/api/cluster';
import { useRememberedNamespaces } from './remembered-namespaces';

interface NamespaceInputProps {
  namespace: string;
  user: string;
  /** RBAC refused the namespace list (otherwise it failed for another reason). */
  forbidden: boolean;
  onOpen: (namespace: string) => void;
}

/** The namespace typed rather than chosen, suggesting the ones this user worked in here, in this cluster. */
export function NamespaceInput({ namespace, user, forbidden, onOpen }: NamespaceInputProps) {
  const remembered = useRememberedNamespaces(useCurrentContext(), user);
  const [value, setValue] = useState(namespace);
  const [shown, setShown] = useState(namespace);
  const [problem, setProblem] = useState<string>();
  // Follow the URL when it changes under the field (a link, the back button).
  if (shown !== namespace) {
    setShown(namespace);
    setValue(namespace);
    setProblem(undefined);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = value.trim();
    const problems = dnsLabelProblems(name);
    setProblem(problems.length > 0 ? `Namespace: ${problems.join('; ')}` : undefined);
    if (problems.length === 0) onOpen(name);
  };
  const hint = forbidden
    ? 'You cannot list namespaces: type the one to open.'
    : 'Namespaces could not be listed: type the one to open.';
  return (
    <form className="namespace-selector namespace-form" onSubmit={submit} noValidate>
      <label htmlFor="namespace-input">Namespace</label>
      <input
        id="namespace-input"
        list="namespace-history"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onFocus={(e) => e.currentTarget.select()}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'namespace-input-hint namespace-input-error' : 'namespace-input-hint'}
      />
      <datalist id="namespace-history">
        {remembered.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <button type="submit" className="button">
        Open
      </button>
      <span id="namespace-input-hint" className="namespace-hint">
        {hint}
      </span>
      {problem ? (
        <span id="namespace-input-error" role="alert" className="namespace-error">
          {problem}
        </span>
      ) : null}
    </form>
  );
}
