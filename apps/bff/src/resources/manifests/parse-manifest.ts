import type { Document } from 'yaml';
import { dnsSubdomainProblems, serviceNameProblems } from '@berth/contracts';
import { HttpError } from '../../http/errors';
import { manifestBounds, parseYamlDocuments, TextBoundsError } from '../../http/text-bounds';

/** A Kubernetes object as the manifest gives it, its metadata already placed in the request's namespace. */
export interface ManifestObject extends Record<string, unknown> {
  apiVersion: string;
  kind: string;
  metadata: Record<string, unknown> & { namespace: string };
}

/** One object of the manifest and the 0-based index of the YAML document it came from. */
export interface ManifestDocument {
  document: number;
  object: ManifestObject;
}

/** What a workload route takes: exactly one workload of its kind, and the v1 Services that travel with it. */
export interface WorkloadManifest {
  workload: ManifestDocument;
  services: ManifestDocument[];
}

/** The workload kind a route creates and the apiVersions it accepts for it (a CronJob: batch/v1 and batch/v1beta1). */
export interface ExpectedWorkload {
  kind: string;
  apiVersions: readonly string[];
}

/** A problem with the whole text (path `manifest`) or with one document's field (its API field path). */
function invalid(message: string, path = 'manifest', document?: number): HttpError {
  return new HttpError(422, 'Invalid', message, [{ path, message, ...(document === undefined ? {} : { document }) }]);
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value from the manifest, quoted and cut short: messages must not echo a megabyte back. */
export function quoted(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 64 ? `${text.slice(0, 64)}…` : text;
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

/** Each document's value (null for the empty ones `---` separators leave, which kubectl skips too). */
export function documentValues(text: string): unknown[] {
  const documents = boundedDocuments(text);
  const broken = documents.findIndex((d) => d.errors.length > 0);
  if (broken >= 0) {
    const code = documents[broken]?.errors[0]?.code ?? 'syntax error';
    throw invalid(`The manifest is not valid YAML or JSON: ${code}`, 'manifest', broken);
  }
  try {
    return documents.map((d) => d.toJS({ maxAliasCount: 50 }) as unknown);
  } catch {
    // toJS throws on an alias with no anchor (`*x`) or too many aliases: bad input, not a Berth fault.
    throw invalid('The manifest is not valid YAML or JSON: an alias names no anchor, or there are too many aliases');
  }
}

/** The API server's rule for a kind's names: a Service's is a DNS-1035 label, the workloads' a DNS-1123 subdomain. */
const nameRule = (kind: string) => (kind === 'Service' ? serviceNameProblems : dnsSubdomainProblems);

/** One document as an object in `namespace`, its name checked here rather than by the API server (which would quote a megabyte-long name several times). */
export function placed(value: Record<string, unknown>, document: number, namespace: string): ManifestObject {
  const kind = String(value.kind);
  const metadata = isObject(value.metadata) ? value.metadata : {};
  if (metadata.namespace !== undefined && metadata.namespace !== namespace) {
    const message = `The ${kind} names namespace ${quoted(metadata.namespace)}, but this request is for ${namespace}`;
    throw invalid(message, 'metadata.namespace', document);
  }
  if (typeof metadata.name !== 'string' || metadata.name === '') {
    if (typeof metadata.generateName !== 'string')
      throw invalid(`The ${kind} needs metadata.name`, 'metadata.name', document);
  } else {
    const problem = nameRule(kind)(metadata.name)[0];
    if (problem !== undefined) {
      const message = `The manifest's metadata.name ${quoted(metadata.name)} cannot name a ${kind}: ${problem}`;
      throw invalid(message, 'metadata.name', document);
    }
  }
  return { ...value, apiVersion: String(value.apiVersion), kind, metadata: { ...metadata, namespace } };
}

/**
 * YAML or JSON text of one or several documents, as `kubectl create -f` reads it: exactly one workload of the route's
 * kind and any number of v1 Services, all in `namespace`. The API server validates the rest (422 with field causes).
 */
export function parseWorkloadManifest(text: string, namespace: string, expected: ExpectedWorkload): WorkloadManifest {
  const { kind, apiVersions } = expected;
  const wanted = `a ${kind} (apiVersion ${apiVersions.join(' or ')})`;
  const services: ManifestDocument[] = [];
  let workload: ManifestDocument | undefined;
  documentValues(text).forEach((value, document) => {
    if (value === null || value === undefined) return;
    if (!isObject(value))
      throw invalid('Each document of the manifest must be a Kubernetes object', 'manifest', document);
    const isWorkload = value.kind === kind && apiVersions.includes(String(value.apiVersion));
    const isService = value.kind === 'Service' && value.apiVersion === 'v1';
    if (!isWorkload && !isService) {
      const message = `Each document must be ${wanted} or a Service (apiVersion v1), not ${quoted(value.kind ?? null)} ${quoted(value.apiVersion ?? null)}`;
      throw invalid(message, 'kind', document);
    }
    if (isWorkload && workload !== undefined) throw invalid(`Give one ${kind} per manifest`, 'kind', document);
    const object = { document, object: placed(value, document, namespace) };
    if (isWorkload) workload = object;
    else services.push(object);
  });
  if (workload === undefined)
    throw invalid(services.length === 0 ? 'The manifest is empty' : `The manifest needs ${wanted}`);
  return { workload, services };
}
