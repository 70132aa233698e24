import { imageCheckResult, type ImageCheckRequest } from '@berth/contracts';
import { useMutation } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';

/** Check image: which credential the kubelet would use, and whether it can pull the manifest. */
export const checkImage = (cluster: string, namespace: string, request: ImageCheckRequest) =>
  fetchJson(namespacePath(cluster, namespace, 'image-checks'), imageCheckResult, { method: 'POST', body: request });

export function useCheckImage(namespace: string) {
  const cluster = useCurrentCluster();
  return useMutation({ mutationFn: (request: ImageCheckRequest) => checkImage(cluster, namespace, request) });
}
