import { InvalidDockerConfigError, parseDockerConfigJson, type RegistryCredential } from '@berth/contracts';
import { useId, useState, type ChangeEvent } from 'react';
import { useUnsavedChanges } from '../../../shared/ui/modal-context';

/** Import an existing config.json (pasted or from a file) into the registries, with the contracts' warnings shown. */
export function ImportConfigJson({ onImport }: { onImport: (entries: RegistryCredential[]) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [warnings, setWarnings] = useState<string[]>([]);
  const [problem, setProblem] = useState<string>();
  useUnsavedChanges(text.trim() !== '');

  const importText = (value: string) => {
    try {
      const parsed = parseDockerConfigJson(value);
      setProblem(undefined);
      setWarnings(parsed.warnings);
      if (parsed.entries.length > 0) onImport(parsed.entries);
    } catch (error) {
      setWarnings([]);
      setProblem(error instanceof InvalidDockerConfigError ? error.reason : 'It could not be read');
    }
  };
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) void file.text().then((value) => importText(value));
  };

  return (
    <details className="import">
      <summary>Import config.json</summary>
      <label htmlFor={`${id}-text`}>Paste config.json</label>
      <textarea id={`${id}-text`} rows={4} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
      <div className="row">
        <button type="button" className="button" disabled={text.trim() === ''} onClick={() => importText(text)}>
          Import
        </button>
        <label htmlFor={`${id}-file`} className="file-label">
          Or choose a config.json file
        </label>
        <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={onFile} />
      </div>
      {problem ? (
        <div role="alert" className="field-error">
          This is not a docker config: {problem}
        </div>
      ) : null}
      {warnings.length > 0 ? (
        <ul role="status" aria-label="Import warnings" className="warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
