// Proof 2: the image's own files run on this machine as the kubelet would run the manifests' pod: the entrypoint as the
// image's UID with a read-only root and a /tmp tmpfs, KUBERNETES_SERVICE_HOST/PORT naming the local API server, and the
// service-account directory holding a real token of the ServiceAccount the manifests created, its ca.crt and namespace.
import { readFileSync } from 'node:fs';
import { ensureImageBuilt, imageSpec, runImage, unpackImage, waitUntilReady, type RunningImage } from '@berth/image';
import { requiredEnv } from '@berth/local-cluster/testing';
import {
  applyKustomization,
  kustomizeBuild,
  podRunSpec,
  sessionKeysVolumeFile,
  writeDeployOverlay,
  writeServiceAccountDir,
  type DeployOverlay,
  type Kubectl,
  type SecretVolumeFile,
  type ServiceAccountDir,
} from '@berth/local-cluster/testing/deploy';
import { freeLoopbackPort } from '@berth/local-cluster/testing/any-runner';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const namespace = `deploy-pod-${Date.now().toString(36)}`;
let kubectl: Kubectl;
let overlay: DeployOverlay;
let serviceAccount: ServiceAccountDir;
let keysVolume: SecretVolumeFile | undefined;
let replica: RunningImage | undefined;
let url: string;
let readyMs: number;

beforeAll(async () => {
  kubectl = { binary: requiredEnv('BERTH_KUBECTL'), kubeconfig: requiredEnv('KUBECONFIG') };
  // The manifests' objects without pods: the one pod runs here, from the image's files.
  overlay = writeDeployOverlay({ namespace, replicas: 0 });
  await applyKustomization(kubectl, overlay.dir);
  serviceAccount = await writeServiceAccountDir(kubectl.kubeconfig, namespace, 'berth');
  const admin = new KubeConfig();
  admin.loadFromFile(kubectl.kubeconfig);
  const port = await freeLoopbackPort();
  const built = await kustomizeBuild(kubectl, overlay.dir);
  keysVolume = sessionKeysVolumeFile(built, overlay.sessionKeysFile);
  const spec = podRunSpec(built, {
    port,
    apiServer: admin.getCurrentCluster()?.server ?? '',
    serviceAccountDir: serviceAccount.dir,
    sessionKeysFile: keysVolume.file,
  });
  const image = await unpackImage((await ensureImageBuilt()).layout);
  url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  replica = runImage(image, spec);
  await waitUntilReady(replica, `${url}/api/readyz`);
  readyMs = performance.now() - started;
}, 600_000);

afterAll(async () => {
  await replica?.stop();
  serviceAccount?.remove();
  keysVolume?.remove();
  overlay?.remove();
  const admin = new KubeConfig();
  admin.loadFromFile(requiredEnv('KUBECONFIG'));
  await admin.makeApiClient(CoreV1Api).deleteNamespace({ name: namespace });
});

/** A field of /proc/PID/status, e.g. `Uid` or `NoNewPrivs`. */
function procStatus(pid: number, field: string): string {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return line?.slice(field.length + 1).trim() ?? '';
}

describe('the image run as the manifests run the pod', () => {
  it("reaches ready as the image's non-root user, without new privileges", () => {
    // The 2 s budget is the image's own test's; here the figure is printed for the report.
    console.error(`[deploy] the image's own files as the pod: start to ready in ${readyMs.toFixed(0)} ms`);
    const pid = replica?.pid ?? 0;
    const uid = String(imageSpec.imageUser.uid);
    expect(procStatus(pid, 'Uid').split(/\s+/)).toEqual([uid, uid, uid, uid]);
    expect(procStatus(pid, 'NoNewPrivs')).toBe('1');
  });

  it("signs a user in with the pod's service account as its connection, the cookie sealed under the mounted keys", async () => {
    const admin = new KubeConfig();
    admin.loadFromFile(requiredEnv('KUBECONFIG'));
    const token = admin.getCurrentUser()?.token ?? '';
    const signIn = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(signIn.status).toBe(201);
    const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    const secrets = await fetch(`${url}/api/namespaces/${namespace}/secrets`, { headers: { cookie } });
    expect(secrets.status).toBe(200);
  });
});
