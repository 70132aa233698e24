import type { KubernetesObject, V1Service } from '@kubernetes/client-node';
import type { ApiFieldError } from '@berth/contracts';
import type { Logger } from 'pino';
import { HttpError } from '../../http/errors';
import { ApiException, fromApiException } from '../../kube/kubernetes-errors';
import type { JsonOf } from '../../kube/list-json';
import type { NamespacedResources } from '../../kube/namespaced-resources';
import type { ManifestDocument, WorkloadManifest } from './parse-manifest';

/** Where each kind of document is written. */
export interface ManifestTargets<W> {
  services: NamespacedResources<V1Service>;
  workload: NamespacedResources<W>;
}

/** The API server's refusal of one document, its field paths as the API server wrote them and tagged with the document. */
function documentError(error: unknown, namespace: string, document: number): unknown {
  if (!(error instanceof ApiException)) return error;
  const answer = fromApiException(error, namespace, (field) => field);
  const fields: ApiFieldError[] =
    answer.fields && answer.fields.length > 0
      ? answer.fields.map((f) => ({ ...f, document }))
      : [{ path: 'manifest', message: answer.message, document }];
  return new HttpError(answer.status, answer.reason, answer.message, fields);
}

async function create<T>(
  target: NamespacedResources<T>,
  namespace: string,
  { document, object }: ManifestDocument,
  dryRun?: string,
): Promise<JsonOf<T>> {
  try {
    return await target.create(namespace, object, dryRun);
  } catch (error) {
    throw documentError(error, namespace, document);
  }
}

/**
 * Creates the manifest's Services, then its workload (so a StatefulSet's governing Service exists before its pods).
 * If a create fails, what this request already made is deleted again and the failing document's error is thrown:
 * nothing is left half-created. A dry run (`dryRun: 'All'`) sends every document as a dry run and makes nothing.
 */
export async function createManifest<W>(
  targets: ManifestTargets<W>,
  namespace: string,
  manifest: WorkloadManifest,
  logger: Logger,
  dryRun?: string,
): Promise<JsonOf<W>> {
  const made: { name: string; remove: () => Promise<unknown> }[] = [];
  try {
    for (const service of manifest.services) {
      const created: JsonOf<KubernetesObject> = await create(targets.services, namespace, service, dryRun);
      const name = created.metadata?.name ?? '';
      if (!dryRun) made.push({ name, remove: () => targets.services.delete(namespace, name) });
    }
    return await create(targets.workload, namespace, manifest.workload, dryRun);
  } catch (error) {
    // Newest first, as `kubectl delete -f` of the same text would; a failed undo is logged, the create's error stands.
    for (const { name, remove } of made.reverse()) {
      await remove().catch(() => logger.warn({ namespace, service: name }, 'could not undo a half-made create'));
    }
    throw error;
  }
}
