// Shared by the node agent's integration tests: API clients for the running local cluster and pod polling.
import { AppsV1Api, BatchV1Api, CoreV1Api, KubeConfig, type CoreV1Event, type V1Pod } from '@kubernetes/client-node';
import { requiredEnv } from '../testing/cluster-env';
import { eventually } from '../testing/kubectl';

export function clusterClients(): { core: CoreV1Api; apps: AppsV1Api; batch: BatchV1Api } {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(requiredEnv('KUBECONFIG'));
  return {
    core: kubeConfig.makeApiClient(CoreV1Api),
    apps: kubeConfig.makeApiClient(AppsV1Api),
    batch: kubeConfig.makeApiClient(BatchV1Api),
  };
}

/**
 * A namespace pods can be created in: the ServiceAccount admission plugin refuses a pod until the namespace's `default`
 * ServiceAccount and its token exist, so wait for them, as Kubernetes' own e2e framework does.
 */
export async function createPodNamespace(core: CoreV1Api, name: string): Promise<void> {
  await core.createNamespace({ body: { metadata: { name } } });
  await eventually(`ServiceAccount ${name}/default and its token`, async () => {
    const account = await core.readNamespacedServiceAccount({ name: 'default', namespace: name });
    return account.secrets?.length ? account : undefined;
  });
}

export function dockerRegistrySecret(name: string, server: string, username: string, password: string) {
  const auth = Buffer.from(`${username}:${password}`).toString('base64');
  const config = JSON.stringify({ auths: { [server]: { username, password, auth } } });
  return {
    metadata: { name },
    type: 'kubernetes.io/dockerconfigjson',
    data: { '.dockerconfigjson': Buffer.from(config).toString('base64') },
  };
}

export function podManifest(name: string, image: string, pullSecrets: string[] = [], policy = 'Always'): V1Pod {
  return {
    metadata: { name },
    spec: {
      containers: [{ name: 'app', image, imagePullPolicy: policy }],
      imagePullSecrets: pullSecrets.map((secret) => ({ name: secret })),
    },
  };
}

/** Polls the pod until `accept` holds, failing with its last status. */
export async function podWhen(
  core: CoreV1Api,
  namespace: string,
  name: string,
  what: string,
  accept: (pod: V1Pod) => boolean,
) {
  let last: V1Pod | undefined;
  try {
    return await eventually(`pod ${name}: ${what}`, async () => {
      last = await core.readNamespacedPod({ name, namespace });
      return accept(last) ? last : undefined;
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}; last status: ${JSON.stringify(last?.status?.containerStatuses)}`);
  }
}

export const waitingReason = (pod: V1Pod): string | undefined =>
  pod.status?.containerStatuses?.[0]?.state?.waiting?.reason;
export const waitingMessage = (pod: V1Pod): string => pod.status?.containerStatuses?.[0]?.state?.waiting?.message ?? '';

export async function podEvents(core: CoreV1Api, namespace: string, pod: string): Promise<CoreV1Event[]> {
  const list = await core.listNamespacedEvent({ namespace, fieldSelector: `involvedObject.name=${pod}` });
  return list.items;
}
