// Berth as the manifests run it, twice, behind nginx: the deploy/ overlay applied in a namespace of its own (its
// ServiceAccount, no pods), and two replicas of the image's own files run on this machine as the kubelet would run them
// (entrypoint, UID, read-only root, the service account's real token and the session keys mounted), under /berth/
// behind TLS and round-robin. Everything is stopped by pid.
import path from 'node:path';
import { ensureImageBuilt, runImage, unpackImage, waitUntilReady, type RunningImage } from '@berth/image';
import { uniqueNamespace } from '@berth/local-cluster/testing/any-runner';
import {
  applyKustomization,
  kustomizeBuild,
  podRunSpec,
  sessionKeysVolumeFile,
  startNginxProxy,
  writeDeployOverlay,
  writeServiceAccountDir,
  type NginxProxy,
} from '@berth/local-cluster/testing/deploy';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { clusterVariable } from '../fixtures/cluster-env';
import { leakEvidenceDir } from './api-recorder';
import { freeLoopbackPort } from './free-port';

export const basePath = '/berth/';

export interface ReplicasBehindProxy {
  /** `https://127.0.0.1:PORT/berth/`: the public URL the replicas were given. */
  url: string;
  proxy: NginxProxy;
  /** `127.0.0.1:PORT` of each replica, as the proxy's access log names them. */
  upstreams: string[];
  /** Where the manifests' ServiceAccount lives. */
  namespace: string;
}

/** Starts it all for `use`, then stops the proxy and the replicas by pid and deletes the namespace. */
export async function withReplicasBehindProxy(
  kubeconfig: string,
  use: (replicas: ReplicasBehindProxy) => Promise<void>,
): Promise<void> {
  const namespace = uniqueNamespace('deploy-e2e');
  const overlay = writeDeployOverlay({ namespace, replicas: 0 });
  const config = new KubeConfig();
  config.loadFromFile(kubeconfig);
  const running: RunningImage[] = [];
  let proxy: NginxProxy | undefined;
  const removals: (() => void)[] = [overlay.remove];
  try {
    const kubectl = { binary: clusterVariable('BERTH_KUBECTL'), kubeconfig };
    await applyKustomization(kubectl, overlay.dir);
    const built = await kustomizeBuild(kubectl, overlay.dir);
    const serviceAccount = await writeServiceAccountDir(kubeconfig, namespace, 'berth');
    removals.push(serviceAccount.remove);
    // The keys as the kubelet writes the Secret volume (root:fsGroup, defaultMode), shared by both replicas.
    const keys = sessionKeysVolumeFile(built, overlay.sessionKeysFile);
    removals.push(keys.remove);
    const apiServer = config.getCurrentCluster()?.server ?? '';
    const image = await unpackImage((await ensureImageBuilt()).layout);
    const proxyPort = await freeLoopbackPort();
    const url = `https://127.0.0.1:${proxyPort}${basePath}`;
    const ports = [await freeLoopbackPort(), await freeLoopbackPort()];
    for (const [index, port] of ports.entries()) {
      const spec = podRunSpec(built, {
        port,
        apiServer,
        serviceAccountDir: serviceAccount.dir,
        sessionKeysFile: keys.file,
        // The proxy is on loopback; the demo registries too, which sign-in mode's checks refuse unless allowed.
        extraArgs: [`--public-url=${url}`, '--trusted-proxy=127.0.0.1', '--registry-allow=127.0.0.0/8'],
      });
      const replica = runImage(image, {
        ...spec,
        env: { ...spec.env, BERTH_LOG_LEVEL: 'debug' },
        // In the leak evidence, so the leak scan reads the replicas' debug logs too.
        logFile: path.join(leakEvidenceDir, `replica-${index}.log`),
      });
      running.push(replica);
      await waitUntilReady(replica, `http://127.0.0.1:${port}${basePath}api/readyz`);
    }
    const upstreams = ports.map((port) => `127.0.0.1:${port}`);
    proxy = await startNginxProxy(basePath, upstreams, proxyPort);
    await use({ url, proxy, upstreams, namespace });
  } finally {
    await proxy?.stop();
    await Promise.all(running.map((replica) => replica.stop()));
    for (const remove of removals) remove();
    await config
      .makeApiClient(CoreV1Api)
      .deleteNamespace({ name: namespace })
      .catch(() => undefined);
  }
}
