// `kubectl kustomize` and `kubectl apply -k` with the cluster's kubectl 1.20, whose kustomize is v2.0.3: the oldest
// kustomize the manifests must work with.
import { parseAllDocuments } from 'yaml';
import { kubectlOk } from '../kubectl';

/** A built object, as far as the tests read it. */
export interface BuiltObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

export async function kustomizeBuild(dir: string): Promise<BuiltObject[]> {
  const text = await kubectlOk(['kustomize', dir]);
  return parseAllDocuments(text).map((document) => document.toJS() as BuiltObject);
}

export async function applyKustomization(dir: string): Promise<string> {
  return kubectlOk(['apply', '-k', dir]);
}
