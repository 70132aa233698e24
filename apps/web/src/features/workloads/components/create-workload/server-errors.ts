import { workloadKinds, type WorkloadKind } from '@berth/contracts';
import { get } from 'react-hook-form';
import { parseAllDocuments } from 'yaml';
import { ApiError } from '../../../../shared/api/api-error';
import { serviceFormPath, workloadFormPath } from '../../lib/field-path';
import { yamlLineOf } from '../../lib/yaml-line';
import type { WorkloadFormInput } from './form-model';
import type { YamlProblem } from './yaml-editor';

interface DocumentHead {
  kind: string;
  name: string;
  namespace: string | undefined;
}

/** Each YAML document's kind, name and namespace, in order; a document that is not a mapping has none. */
export function documentHeads(text: string): DocumentHead[] {
  return parseAllDocuments(text).map((doc) => {
    const js: unknown = doc.toJS();
    const object = typeof js === 'object' && js !== null ? (js as Record<string, unknown>) : {};
    const metadata = (typeof object.metadata === 'object' && object.metadata !== null ? object.metadata : {}) as Record<
      string,
      unknown
    >;
    return {
      kind: typeof object.kind === 'string' ? object.kind : '',
      name: typeof metadata.name === 'string' ? metadata.name : '',
      namespace: typeof metadata.namespace === 'string' ? metadata.namespace : undefined,
    };
  });
}

/** The workload the YAML text describes (its first document of one of the five kinds) and where it is. */
export function workloadOfYaml(
  text: string,
): { kind: WorkloadKind; namespace: string | undefined; document: number } | undefined {
  const heads = documentHeads(text);
  const document = heads.findIndex((h) => workloadKinds.some((k) => k === h.kind));
  const head = heads[document];
  const kind = workloadKinds.find((k) => k === head?.kind);
  return head && kind ? { kind, namespace: head.namespace, document } : undefined;
}

export interface PlacedErrors {
  /** Errors on form fields, by form path. */
  fields: { path: string; message: string }[];
  /** Errors on YAML lines. */
  lines: YamlProblem[];
  /** The message for the page when no field or line took it. */
  message: string | undefined;
}

/** The form path an error of one document belongs to, when the form shows that field. */
function formPathOf(head: DocumentHead | undefined, kind: WorkloadKind, path: string, values: WorkloadFormInput) {
  let formPath: string | undefined;
  if (head?.kind === kind) formPath = workloadFormPath(kind, path);
  else if (head?.kind === 'Service' && head.name === values.service?.name) formPath = serviceFormPath(path);
  else if (head?.kind === 'Service' && kind === 'StatefulSet' && /^metadata\.name$/.test(path))
    formPath = 'serviceName';
  // The BFF's older routes name form fields directly (`name`).
  else if (head === undefined && get(values, path) !== undefined) formPath = path;
  if (formPath === undefined) return undefined;
  const parent = formPath.split('.').slice(0, -1).join('.');
  return get(values, formPath) !== undefined || (parent !== '' && get(values, parent) !== undefined)
    ? formPath
    : undefined;
}

/**
 * Where each of the server's field errors lands: on the form field it belongs to (when `toFields`), else on the YAML
 * line of its (document, path).
 */
export function placeServerErrors(
  error: unknown,
  { text, kind, values, toFields }: { text: string; kind: WorkloadKind; values: WorkloadFormInput; toFields: boolean },
): PlacedErrors {
  if (!(error instanceof ApiError)) {
    return { fields: [], lines: [], message: error instanceof Error ? error.message : 'Something went wrong' };
  }
  const heads = documentHeads(text);
  const workloadDocument = Math.max(
    0,
    heads.findIndex((h) => h.kind === kind),
  );
  const placed: PlacedErrors = { fields: [], lines: [], message: undefined };
  for (const field of error.fields) {
    const document = field.document ?? workloadDocument;
    const head = field.document === undefined && !/^(metadata|spec)\b/.test(field.path) ? undefined : heads[document];
    const formPath = toFields ? formPathOf(head, kind, field.path, values) : undefined;
    if (formPath !== undefined) placed.fields.push({ path: formPath, message: field.message });
    else
      placed.lines.push({ line: yamlLineOf(text, document, field.path), message: `${field.path}: ${field.message}` });
  }
  if (error.fields.length === 0) placed.message = error.message;
  return placed;
}
