import { kubectlYamlOptions } from '@berth/contracts';
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

function documentsOf(text: string): Document[] | undefined {
  // Read and written back as kubectl reads them: `010` is 8 there, and must not come back as 10.
  const documents = parseAllDocuments(text, kubectlYamlOptions);
  return Array.isArray(documents) ? documents : undefined;
}

/** The generated document standing for a document of the text: same kind and name, else the same kind. */
function counterpart(generated: readonly Document[], source: Document): Document | undefined {
  const [kind] = kindAndName(source).split('/');
  return (
    generated.find((doc) => kindAndName(doc) === kindAndName(source)) ??
    generated.find((doc) => kindAndName(doc).split('/')[0] === kind)
  );
}

/** Each reported field the text holds and the form's YAML would not: what only the YAML can carry. */
function onlyInText(before: Document[], after: Document[], reported: readonly KeptField[]) {
  return reported.flatMap((field) => {
    const source = before[field.document ?? 0];
    const path = parseFieldPath(field.path);
    if (source === undefined || path.length === 0 || !source.hasIn(path)) return [];
    const target = counterpart(after, source);
    return target === undefined || target.hasIn(path) ? [] : [{ field, source, target, path }];
  });
}

/** Of the fields `fromWorkloadYaml` reported, those the text holds that the form's own YAML leaves out. */
export function yamlOnlyFields(text: string, generated: string, reported: readonly KeptField[]): KeptField[] {
  const before = documentsOf(text);
  const after = documentsOf(generated);
  if (!before || !after) return [];
  return onlyInText(before, after, reported).map(({ field }) => field);
}

/**
 * The form's freshly generated YAML with every kept field of the previous text put back where the form wrote nothing,
 * matching documents by kind and name (so a renamed or added Service does not take another's fields).
 */
export function keepYamlOnlyFields(previous: string, generated: string, kept: readonly KeptField[]): string {
  if (kept.length === 0) return generated;
  const before = documentsOf(previous);
  const after = documentsOf(generated);
  if (!before || !after) return generated;
  const moves = onlyInText(before, after, kept);
  for (const { source, target, path } of moves) target.setIn(path, source.getIn(path));
  return moves.length > 0 ? after.map((doc) => doc.toString().replace(/^---\n/, '')).join('---\n') : generated;
}
