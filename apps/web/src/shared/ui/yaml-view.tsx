import { stringify } from 'yaml';

/** The YAML text of an object, in its own chunk so the yaml library loads only when a preview opens. */
export default function YamlView({ value, label }: { value: unknown; label: string }) {
  return (
    <pre className="code" aria-label={label}>
      {stringify(value)}
    </pre>
  );
}
