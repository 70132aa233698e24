import { parseAllDocuments, type Document } from 'yaml';
import { parseFieldPath } from './field-path';

/** A field that lives only in the YAML text: the form cannot show it, so it must survive the form's next edit. */
export interface KeptField {
  document?: number | undefined;
  path: string;
}

const kindAndName = (doc: Document | undefined): string => {
  const js: unknown = doc?.toJS();
  if (typeof js !== 'object' || js === null) return '';
  const kind = 'kind' in js ? String(js.kind) : '';
  const metadata = 'metadata' in js && typeof js.metadata === 'object' && js.metadata !== null ? js.metadata : {};
  return `${kind}/${'name' in metadata ? String(metadata.name) : ''}`;
};

/**
 * The form's freshly generated YAML with every kept field of the previous text put back where the form wrote nothing,
 * matching documents by kind and name (so a renamed or added Service does not take another's fields).
 */
export function keepYamlOnlyFields(previous: string, generated: string, kept: readonly KeptField[]): string {
  if (kept.length === 0) return generated;
  const before = parseAllDocuments(previous);
  const after = parseAllDocuments(generated);
  if (!Array.isArray(before) || !Array.isArray(after)) return generated;
  let changed = false;
  for (const field of kept) {
    const source = before[field.document ?? 0];
    const path = parseFieldPath(field.path);
    if (source === undefined || path.length === 0 || !source.hasIn(path)) continue;
    const target =
      after.find((doc) => kindAndName(doc) === kindAndName(source)) ??
      after.find((doc) => kindAndName(doc).split('/')[0] === kindAndName(source).split('/')[0]);
    if (target === undefined || target.hasIn(path)) continue;
    target.setIn(path, source.getIn(path));
    changed = true;
  }
  return changed ? after.map((doc) => doc.toString().replace(/^---\n/, '')).join('---\n') : generated;
}
