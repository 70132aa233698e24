import { ApiException } from '@kubernetes/client-node';
import { HttpError } from '../../http/errors';
import { fromApiException, readStatus } from '../../kube/kubernetes-errors';

/**
 * A write whose 422 names its fields by `pathOf(field)` of the API server's field path: a manifest keeps the path as
 * the API server says it (`spec.ports[0].nodePort`), the edit dialog gets its own (`ports.0.nodePort`).
 */
export async function withFieldPaths<T>(
  write: Promise<T>,
  namespace: string,
  pathOf: (field: string) => string,
): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (!(error instanceof ApiException) || error.code !== 422) throw error;
    const { reason, message } = fromApiException(error, namespace);
    const fields = (readStatus(error.body).details?.causes ?? []).map((cause) => ({
      path: pathOf(cause.field ?? ''),
      message: cause.message ?? cause.reason ?? 'Invalid value',
    }));
    throw new HttpError(422, reason, message, fields);
  }
}
