import type { V1ObjectMeta } from '@kubernetes/client-node';
import type { JsonOf } from '../../kube/list-json';

/** kubectl apply's copy of the object it last applied: for a secret it holds the data as it was then, passwords included. */
export const lastAppliedAnnotation = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * The metadata of a secret whose data is being rewritten, without kubectl apply's stale copy of the old data (which would
 * keep the old password in the cluster); a later `kubectl apply` warns that the annotation is missing and takes over.
 */
export function withoutLastApplied<M extends JsonOf<V1ObjectMeta> | undefined>(metadata: M): M {
  if (metadata?.annotations?.[lastAppliedAnnotation] === undefined) return metadata;
  const { [lastAppliedAnnotation]: _stale, ...annotations } = metadata.annotations;
  return { ...metadata, annotations };
}
