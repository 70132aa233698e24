import type { V1Service } from '@kubernetes/client-node';
import { HttpError } from '../../http/errors';
import { documentValues, isObject, placed, quoted } from '../manifests/parse-manifest';

function invalid(message: string): HttpError {
  return new HttpError(422, 'Invalid', message, [{ path: 'manifest', message }]);
}

/** One v1 Service from YAML or JSON text, as `kubectl create -f` reads it, placed in `namespace`. */
export function parseServiceYaml(text: string, namespace: string): V1Service {
  const values = documentValues(text);
  const documents = values.flatMap((value, document) => (value === null || value === undefined ? [] : [document]));
  const document = documents[0];
  const value = values[document ?? 0];
  if (document === undefined) throw invalid('The manifest is empty');
  if (documents.length > 1) throw invalid('Give one Service per manifest');
  if (!isObject(value)) throw invalid('The manifest must be a Kubernetes object');
  if (value.kind !== 'Service' || value.apiVersion !== 'v1') {
    throw invalid(`The manifest must be a Service (apiVersion v1), not ${quoted(value.kind ?? null)}`);
  }
  // The API server validates the rest and answers 422 with field causes.
  return placed(value, document, namespace);
}
