// `kubectl kustomize` and `kubectl apply -k` with the cluster's kubectl 1.20, whose kustomize is v2.0.3: the oldest
// kustomize the manifests must work with. The caller names kubectl and the kubeconfig (vitest and Playwright read the
// cluster's environment differently), so nothing here imports a test runner.
import { execFile } from 'node:child_process';
import { parseAllDocuments } from 'yaml';

export interface Kubectl {
  /** The kubectl binary (BERTH_KUBECTL). */
  binary: string;
  kubeconfig: string;
}

/** A built object, as far as the tests read it. */
export interface BuiltObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

function run(kubectl: Kubectl, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(kubectl.binary, ['--kubeconfig', kubectl.kubeconfig, ...args], (error, stdout, stderr) => {
      if (error) reject(new Error(`kubectl ${args.join(' ')} failed: ${stderr.trim()}`));
      else resolve(stdout);
    });
  });
}

export async function kustomizeBuild(kubectl: Kubectl, dir: string): Promise<BuiltObject[]> {
  const text = await run(kubectl, ['kustomize', dir]);
  return parseAllDocuments(text).map((document) => document.toJS() as BuiltObject);
}

export function applyKustomization(kubectl: Kubectl, dir: string): Promise<string> {
  return run(kubectl, ['apply', '-k', dir]);
}
