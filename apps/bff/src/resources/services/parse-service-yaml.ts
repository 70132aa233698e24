import type { V1Service } from '@kubernetes/client-node';
import type { Document } from 'yaml';
import { kubectlYamlOptions, serviceNameProblems } from '@berth/contracts';
import { HttpError } from '../../http/errors';
import { manifestBounds, parseYamlDocuments, TextBoundsError } from '../../http/text-bounds';

function invalid(message: string): HttpError {
  return new HttpError(422, 'Invalid', message, [{ path: 'manifest', message }]);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value from the manifest, quoted and cut short: messages must not echo a megabyte back. */
function quoted(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 64 ? `${text.slice(0, 64)}…` : text;
}

/** The manifest's non-empty documents as values, read within manifestBounds. */
function documentValues(text: string): unknown[] {
  let documents: Document.Parsed[];
  try {
    documents = parseYamlDocuments(text, manifestBounds, kubectlYamlOptions);
  } catch (error) {
    if (error instanceof TextBoundsError) throw invalid(`The manifest ${error.problem}`);
    throw error;
  }
  const broken = documents.find((d) => d.errors.length > 0);
  if (broken) throw invalid(`The manifest is not valid YAML or JSON: ${broken.errors[0]?.code ?? 'syntax error'}`);
  try {
    // `---` separators leave empty documents, which kubectl skips too.
    return documents.map((d) => d.toJS({ maxAliasCount: 50 }) as unknown).filter((v) => v !== null && v !== undefined);
  } catch {
    throw invalid('The manifest is not valid YAML or JSON: an alias names no anchor, or there are too many aliases');
  }
}

/** One v1 Service from YAML or JSON text, as `kubectl create -f` reads it, placed in `namespace`. */
export function parseServiceYaml(text: string, namespace: string): V1Service {
  const values = documentValues(text);
  const value = values[0];
  if (value === undefined) throw invalid('The manifest is empty');
  if (values.length > 1) throw invalid('Give one Service per manifest');
  if (!isObject(value)) throw invalid('The manifest must be a Kubernetes object');
  if (value.kind !== 'Service' || value.apiVersion !== 'v1') {
    throw invalid(`The manifest must be a Service (apiVersion v1), not ${quoted(value.kind ?? null)}`);
  }
  const metadata = isObject(value.metadata) ? value.metadata : {};
  if (metadata.namespace !== undefined && metadata.namespace !== namespace) {
    throw invalid(`The manifest names namespace ${quoted(metadata.namespace)}, but this request is for ${namespace}`);
  }
  if (typeof metadata.name !== 'string' || metadata.name === '') {
    if (typeof metadata.generateName !== 'string') throw invalid('The manifest needs metadata.name');
  } else {
    // Checked here rather than by the API server, whose answer would quote a megabyte-long name several times.
    const problem = serviceNameProblems(metadata.name)[0];
    if (problem !== undefined)
      throw invalid(`The manifest's metadata.name ${quoted(metadata.name)} cannot name a Service: ${problem}`);
  }
  // The API server validates the rest and answers 422 with field causes.
  return { ...value, metadata: { ...metadata, namespace } };
}
