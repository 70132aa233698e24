import { imageCheckResult, type ImageCheckRequest } from '@berth/contracts';
import { useMutation } from '@tanstack/react-query';
import { fetchJson, namespacePath } from '../../../shared/api/fetch-json';

/** Check image: which credential the kubelet would use, and whether it can pull the manifest. */
export const checkImage = (namespace: string, request: ImageCheckRequest) =>
  fetchJson(namespacePath(namespace, 'image-checks'), imageCheckResult, { method: 'POST', body: request });

export const useCheckImage = (namespace: string) =>
  useMutation({ mutationFn: (request: ImageCheckRequest) => checkImage(namespace, request) });
