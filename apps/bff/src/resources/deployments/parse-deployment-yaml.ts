import type { V1Deployment } from '@kubernetes/client-node';
import type { Document } from 'yaml';
import { dnsSubdomainProblems } from '@berth/contracts';
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

function toValue(document: { toJS: (options: { maxAliasCount: number }) => unknown }): unknown {
  return document.toJS({ maxAliasCount: 50 });
}

/** The manifest's YAML documents, read within manifestBounds so no text can grow the heap past them. */
function boundedDocuments(text: string): Document.Parsed[] {
  try {
    return parseYamlDocuments(text, manifestBounds);
  } catch (error) {
    if (error instanceof TextBoundsError) throw invalid(`The manifest ${error.problem}`);
    throw error;
  }
}

/** One Deployment from YAML or JSON text, as `kubectl create -f` reads it, placed in `namespace`. */
export function parseDeploymentYaml(text: string, namespace: string): V1Deployment {
  const documents = boundedDocuments(text);
  const broken = documents.find((d) => d.errors.length > 0);
  if (broken) throw invalid(`The manifest is not valid YAML or JSON: ${broken.errors[0]?.code ?? 'syntax error'}`);
  // `---` separators leave empty documents, which kubectl skips too.
  let values: unknown[];
  try {
    values = documents.map(toValue).filter((v) => v !== null && v !== undefined);
  } catch {
    // toJS throws on an alias with no anchor (`*x`) or too many aliases: bad input, not a Berth fault.
    throw invalid('The manifest is not valid YAML or JSON: an alias names no anchor, or there are too many aliases');
  }
  const value = values[0];
  if (value === undefined) throw invalid('The manifest is empty');
  if (values.length > 1) throw invalid('Give one Deployment per manifest');
  if (!isObject(value)) throw invalid('The manifest must be a Kubernetes object');
  if (value.kind !== 'Deployment' || value.apiVersion !== 'apps/v1') {
    throw invalid(`The manifest must be a Deployment (apiVersion apps/v1), not ${quoted(value.kind ?? null)}`);
  }
  const metadata = isObject(value.metadata) ? value.metadata : {};
  if (metadata.namespace !== undefined && metadata.namespace !== namespace) {
    throw invalid(`The manifest names namespace ${quoted(metadata.namespace)}, but this request is for ${namespace}`);
  }
  if (typeof metadata.name !== 'string' || metadata.name === '') {
    if (typeof metadata.generateName !== 'string') throw invalid('The manifest needs metadata.name');
  } else {
    // Checked here rather than by the API server, whose answer would quote a megabyte-long name several times.
    const problem = dnsSubdomainProblems(metadata.name)[0];
    if (problem !== undefined)
      throw invalid(`The manifest's metadata.name ${quoted(metadata.name)} cannot name a Deployment: ${problem}`);
  }
  // The API server validates the rest and answers 422 with field causes.
  return { ...value, metadata: { ...metadata, namespace } };
}
