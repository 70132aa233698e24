import { dnsLabelProblems } from '@berth/contracts';
import { useId, useState, type FormEvent } from 'react';

/** A namespace typed by a user who may not list them (as the shell's namespace input), added to those to copy to. */
export function CopyNamespaceInput({ onAdd }: { onAdd: (namespace: string) => void }) {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string>();
  const id = useId();
  const add = (event: FormEvent) => {
    event.preventDefault();
    const name = value.trim();
    const problems = dnsLabelProblems(name);
    setProblem(problems.length > 0 ? `Namespace: ${problems.join('; ')}` : undefined);
    if (problems.length > 0) return;
    onAdd(name);
    setValue('');
  };
  return (
    <form className="namespace-form" onSubmit={add} noValidate>
      <label htmlFor={`${id}-input`}>Namespace to copy to</label>
      <input
        id={`${id}-input`}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
      <button type="submit" className="button">
        Add
      </button>
      <span id={`${id}-hint`} className="field-hint">
        Namespaces could not be listed: type the name of each one to copy to and compare with.
      </span>
      {problem ? (
        <span id={`${id}-error`} role="alert" className="field-error">
          {problem}
        </span>
      ) : null}
    </form>
  );
}
