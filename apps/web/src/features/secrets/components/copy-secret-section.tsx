import { maxCopyNamespaces, type SecretCopyResult } from '@berth/contracts';
import { useState } from 'react';
import { ApiError } from '../../../shared/api/api-error';
import { useNamespaces } from '../../../shared/api/namespaces';
import { ErrorState } from '../../../shared/ui/query-state';
import { useCopySecret } from '../api/copy-secret';
import { useSecretCopies } from '../api/get-secret-copies';
import { CopyNamespaceInput } from './copy-namespace-input';

const resultWords: Record<SecretCopyResult['result'], string> = {
  created: 'copied',
  replaced: 'replaced',
  exists: 'already there, left as it is',
  failed: 'failed',
};

/** Copy to namespaces (several at once, an existing one kept unless asked), and where copies of this name differ. */
export function CopySecretSection({
  namespace,
  name,
  disabled,
}: {
  namespace: string;
  name: string;
  disabled: boolean;
}) {
  const namespaces = useNamespaces();
  // Typed when namespaces cannot be listed (as in the shell); RBAC's refusal refuses the BFF's list too, so only
  // the typed ones are compared then.
  const [typed, setTyped] = useState<string[]>([]);
  const forbidden = namespaces.error instanceof ApiError && namespaces.error.status === 403;
  const copies = useSecretCopies(
    namespace,
    name,
    forbidden ? typed : undefined,
    forbidden ? typed.length > 0 : !namespaces.isPending,
  );
  const copy = useCopySecret();
  const [chosen, setChosen] = useState<string[]>([]);
  const [overwrite, setOverwrite] = useState(false);
  const listed = (namespaces.data?.items ?? []).map((n) => n.name);
  const others = [...new Set([...listed, ...typed])].filter((n) => n !== namespace);
  const toggle = (ns: string, checked: boolean) => setChosen((c) => (checked ? [...c, ns] : c.filter((x) => x !== ns)));
  return (
    <section aria-labelledby="copies-title">
      <h2 id="copies-title">Copies in other namespaces</h2>
      {copies.isError ? <ErrorState error={copies.error} forbidden={{ action: 'compare copies', namespace }} /> : null}
      {copies.data && copies.data.notCompared > 0 ? (
        <p className="field-hint">
          Only the first {maxCopyNamespaces} other namespaces were compared: {copies.data.notCompared} more were not.
        </p>
      ) : null}
      {copies.data && copies.data.copies.length === 0 ? (
        <p>No other namespace you can see has a secret named {name}.</p>
      ) : null}
      {copies.data && copies.data.copies.length > 0 ? (
        <div className="table-wrap">
          <table className="table" aria-label="Copies">
            <thead>
              <tr>
                <th scope="col">Namespace</th>
                <th scope="col">Compared with this one</th>
              </tr>
            </thead>
            <tbody>
              {copies.data.copies.map((c) => (
                <tr key={c.namespace}>
                  <td>{c.namespace}</td>
                  <td>
                    {c.state === 'same' ? 'Same' : null}
                    {c.state === 'hidden' ? 'You may not read it' : null}
                    {c.state === 'missing' ? 'Not there' : null}
                    {c.state === 'differs' ? `Differs: ${c.differences.join('; ')}` : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <fieldset className="picker" disabled={disabled || copy.isPending}>
        <legend>Copy to namespaces</legend>
        <ul className="picker-list">
          {others.map((ns) => (
            <li key={ns}>
              <input
                id={`copy-to-${ns}`}
                type="checkbox"
                checked={chosen.includes(ns)}
                onChange={(e) => toggle(ns, e.target.checked)}
              />
              <label htmlFor={`copy-to-${ns}`}>{ns}</label>
            </li>
          ))}
        </ul>
        <label>
          <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} /> Replace a
          secret of this name that is already there
        </label>
        <button
          type="button"
          className="button"
          disabled={chosen.length === 0}
          onClick={() =>
            copy.mutate(
              { namespace, name, request: { namespaces: chosen, ...(overwrite ? { overwrite } : {}) } },
              { onSuccess: () => setChosen([]) },
            )
          }
        >
          Copy
        </button>
      </fieldset>
      {namespaces.isError ? (
        <CopyNamespaceInput
          onAdd={(ns) => {
            if (ns === namespace) return;
            setTyped((t) => (t.includes(ns) ? t : [...t, ns]));
            setChosen((c) => (c.includes(ns) ? c : [...c, ns]));
          }}
        />
      ) : null}
      {copy.isError ? <ErrorState error={copy.error} forbidden={{ action: `read secret ${name}`, namespace }} /> : null}
      {copy.data ? (
        <div role="status">
          <ul aria-label="Copy results">
            {copy.data.results.map((r) => (
              <li key={r.namespace}>
                {r.namespace}: {resultWords[r.result]}
                {r.result === 'failed' && r.message ? ` (${r.message})` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
