import { useMutation } from '@tanstack/react-query';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { fetchNoContent, namespacePath } from '../../../shared/api/fetch-json';

interface RestartVariables {
  namespace: string;
  plural: 'deployments' | 'statefulsets' | 'daemonsets';
  name: string;
}

/** `kubectl rollout restart`: the rollouts route (resources/rollouts/) stamps the pod template, so new pods pull again. */
export const restartWorkload = (cluster: string, { namespace, plural, name }: RestartVariables) =>
  fetchNoContent(namespacePath(cluster, namespace, plural, name, 'restart'), { method: 'POST' });

export function useRestartWorkload() {
  const cluster = useCurrentCluster();
  return useMutation({ mutationFn: (variables: RestartVariables) => restartWorkload(cluster, variables) });
}
