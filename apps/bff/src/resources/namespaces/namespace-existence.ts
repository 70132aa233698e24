// kube-apiserver answers a list in a namespace that does not exist with 200 and no items, and a read there with the
// object's 404: only the Namespace itself tells "does not exist" from "has nothing", so it is asked only then.
import { ApiException } from '@kubernetes/client-node';
import type { ErrorRequestHandler } from 'express';
import { identityOf } from '../../auth/identity';
import { HttpError } from '../../http/errors';
import type { CoreV1 } from '../../kube/api-groups';
import { isNamespaceNotFound, namespaceNotFound } from '../../kube/kubernetes-errors';
import { namespaceOf } from './namespace-scope';

/**
 * Throws "Namespace ns does not exist" (404) when the API server says so. Asked as the request's own user: one who
 * may not get namespaces (403) learns nothing, and the empty list or the object's 404 stands.
 */
export async function assertNamespaceExists(core: CoreV1, namespace: string): Promise<void> {
  try {
    await core.readNamespace({ name: namespace });
  } catch (error) {
    if (error instanceof ApiException && error.code === 403) return;
    if (error instanceof ApiException && error.code === 404) {
      const { status, reason, message } = namespaceNotFound(namespace);
      throw new HttpError(status, reason, message);
    }
    throw error;
  }
}

/** After the namespaced routes: an object's 404 in a namespace that does not exist becomes the namespace's 404. */
export const missingNamespaceFirst: ErrorRequestHandler = async (error, _req, res, next) => {
  if (error instanceof ApiException && error.code === 404 && !isNamespaceNotFound(error)) {
    await assertNamespaceExists(identityOf(res).kubernetes.core, namespaceOf(res));
  }
  next(error);
};
