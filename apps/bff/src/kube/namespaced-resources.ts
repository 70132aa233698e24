// Calls on one namespaced resource of any API group (`apps/v1 statefulsets`, `batch/v1beta1 cronjobs`, `v1 services`),
// for the kinds whose group version is only known at run time or which need no calls beyond these five.
import type { KubeConfig, V1Status } from '@kubernetes/client-node';
import { kubeRequestJson, segment } from './kube-request';
import { type JsonOf, listJson, type ListJson } from './list-json';

/** The API path of a group version's resources: the core group lives under `/api`, the others under `/apis`. */
export function groupVersionPath(groupVersion: string): string {
  return groupVersion === 'v1' ? '/api/v1' : `/apis/${groupVersion}`;
}

export class NamespacedResources<T> {
  constructor(
    private readonly kubeConfig: KubeConfig,
    readonly groupVersion: string,
    readonly plural: string,
  ) {}

  path(namespace: string, name?: string): string {
    const collection = `${groupVersionPath(this.groupVersion)}/namespaces/${segment(namespace)}/${this.plural}`;
    return name === undefined ? collection : `${collection}/${segment(name)}`;
  }

  list(namespace: string): Promise<ListJson<T>> {
    return listJson<T>(this.kubeConfig, this.path(namespace));
  }

  read(namespace: string, name: string): Promise<JsonOf<T>> {
    return kubeRequestJson<JsonOf<T>>(this.kubeConfig, { method: 'GET', path: this.path(namespace, name) });
  }

  create(namespace: string, body: object, dryRun?: string): Promise<JsonOf<T>> {
    const path = this.path(namespace);
    return kubeRequestJson<JsonOf<T>>(this.kubeConfig, { method: 'POST', path, body, query: { dryRun } });
  }

  /** A JSON Patch (RFC 6902). */
  patch(namespace: string, name: string, operations: readonly object[], dryRun?: string): Promise<JsonOf<T>> {
    return kubeRequestJson<JsonOf<T>>(this.kubeConfig, {
      method: 'PATCH',
      path: this.path(namespace, name),
      body: operations,
      query: { dryRun },
      contentType: 'application/json-patch+json',
    });
  }

  /** `preconditions.uid`: delete only the very object read (one made since under the same name answers 409). */
  delete(
    namespace: string,
    name: string,
    propagationPolicy?: 'Background',
    preconditions?: { uid: string },
  ): Promise<JsonOf<V1Status>> {
    const path = this.path(namespace, name);
    const body = preconditions === undefined ? undefined : { kind: 'DeleteOptions', apiVersion: 'v1', preconditions };
    return kubeRequestJson<JsonOf<V1Status>>(this.kubeConfig, {
      method: 'DELETE',
      path,
      query: { propagationPolicy },
      ...(body ? { body } : {}),
    });
  }
}
