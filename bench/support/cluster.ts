// The shared local cluster for a benchmark run (leased, never stopped under other users) and the objects benchmarks make.
import { AppsV1Api, CoreV1Api, KubeConfig, type V1Deployment, type V1Secret } from '@kubernetes/client-node';
import { leaseTestCluster, uniqueNamespace } from '@berth/local-cluster/testing/any-runner';
import { toSecretManifest } from '@berth/contracts';
import { inBatches } from './stats';

export interface BenchCluster {
  kubeconfig: string;
  env: Record<string, string>;
  kubeConfig: KubeConfig;
  core: CoreV1Api;
  apps: AppsV1Api;
  /** The seed's private registry login (BERTH_REGISTRY and its user). */
  registry: { server: string; username: string; password: string };
  release: () => Promise<void>;
}

// Enough to keep a 2-core API server busy without queueing thousands of requests behind each other.
const createConcurrency = 16;

export async function openCluster(options: { clusters?: number } = {}): Promise<BenchCluster> {
  const { env, release } = await leaseTestCluster(options);
  const kubeconfig = env.KUBECONFIG;
  if (kubeconfig === undefined) throw new Error('the local cluster gave no KUBECONFIG');
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(kubeconfig);
  return {
    kubeconfig,
    env,
    kubeConfig,
    core: kubeConfig.makeApiClient(CoreV1Api),
    apps: kubeConfig.makeApiClient(AppsV1Api),
    registry: {
      server: env.BERTH_REGISTRY ?? '',
      username: env.BERTH_REGISTRY_USERNAME ?? '',
      password: env.BERTH_REGISTRY_PASSWORD ?? '',
    },
    release,
  };
}

/** A `kubectl create secret docker-registry` secret. */
export function pullSecret(name: string, login: { server: string; username: string; password: string }): V1Secret {
  // The namespace comes from the create call, as with kubectl -n.
  return { ...toSecretManifest({ name, namespace: '', registries: [login] }), metadata: { name } };
}

/** The seed's Deployment shape; `replicas: 0` for bulk lists so thousands of them start no pods. */
export function deployment(
  name: string,
  image: string,
  options: { replicas: number; pullSecret?: string; nodeSelector?: Record<string, string> },
): V1Deployment {
  return {
    metadata: { name },
    spec: {
      replicas: options.replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [{ name, image, imagePullPolicy: 'Always' }],
          ...(options.pullSecret ? { imagePullSecrets: [{ name: options.pullSecret }] } : {}),
          ...(options.nodeSelector ? { nodeSelector: options.nodeSelector } : {}),
        },
      },
    },
  };
}

export function seedImage(cluster: BenchCluster): string {
  return `${cluster.registry.server}/janedoe/awesomeapp:v1`;
}

/** A fresh namespace holding `secrets` pull secrets and `deployments` scaled-to-zero Deployments. */
export async function populatedNamespace(
  cluster: BenchCluster,
  prefix: string,
  counts: { secrets: number; deployments: number },
): Promise<string> {
  const namespace = uniqueNamespace(prefix);
  await cluster.core.createNamespace({ body: { metadata: { name: namespace } } });
  const secretNames = Array.from({ length: counts.secrets }, (_, i) => `pull-secret-${String(i).padStart(5, '0')}`);
  await inBatches(secretNames, createConcurrency, (name) =>
    cluster.core.createNamespacedSecret({ namespace, body: pullSecret(name, cluster.registry) }),
  );
  const deploymentNames = Array.from({ length: counts.deployments }, (_, i) => `app-${String(i).padStart(5, '0')}`);
  const image = seedImage(cluster);
  await inBatches(deploymentNames, createConcurrency, (name) =>
    cluster.apps.createNamespacedDeployment({ namespace, body: deployment(name, image, { replicas: 0 }) }),
  );
  return namespace;
}

/** Deleting the namespace removes everything in it; the namespace controller finishes in the background. */
export async function deleteNamespace(cluster: BenchCluster, namespace: string): Promise<void> {
  await cluster.core
    .deleteNamespace({ name: namespace })
    .catch((error: unknown) => console.error(`[bench] could not delete namespace ${namespace}: ${String(error)}`));
}
