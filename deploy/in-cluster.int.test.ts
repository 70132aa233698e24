// Proof 1 and the RBAC claim: the image pushed to the private registry, `kubectl apply -k` of an overlay naming it in a
// fresh namespace, the node agent pulling it with the pull secret into 2/2 Running pods; and the ServiceAccount the
// manifests create, with a real token, may read /version and nothing else.
import { ApiException, AuthorizationV1Api, CoreV1Api, KubeConfig, VersionApi } from '@kubernetes/client-node';
import { eventually, kubectlOk, requiredEnv } from '@berth/local-cluster/testing';
import {
  applyKustomization,
  serviceAccountToken,
  writeDeployOverlay,
  type DeployOverlay,
} from '@berth/local-cluster/testing/deploy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushConsoleImage } from './console-image';

const namespace = `deploy-${Date.now().toString(36)}`;
const admin = new KubeConfig();
let overlay: DeployOverlay;
let image: string;

/** A client acting as `token` against the admin kubeconfig's cluster and CA. */
function asToken(token: string): KubeConfig {
  const config = new KubeConfig();
  const cluster = admin.getCurrentCluster();
  if (cluster === null) throw new Error('the admin kubeconfig names no cluster');
  config.loadFromOptions({
    clusters: [cluster],
    users: [{ name: 'sa', token }],
    contexts: [{ name: 'sa', cluster: cluster.name, user: 'sa' }],
    currentContext: 'sa',
  });
  return config;
}

const statusOf = (call: Promise<unknown>) =>
  call.then(
    () => 200,
    (error: unknown) => (error instanceof ApiException ? error.code : -1),
  );

beforeAll(async () => {
  admin.loadFromFile(requiredEnv('KUBECONFIG'));
  image = await pushConsoleImage(`${requiredEnv('BERTH_REGISTRY')}/berth-deploy/berth:${namespace}`);
  await admin.makeApiClient(CoreV1Api).createNamespace({ body: { metadata: { name: namespace } } });
  // The pull secret the base names, made as a person would: what Berth's own Create Secret stores.
  await kubectlOk([
    'create',
    'secret',
    'docker-registry',
    'berth-registry',
    `--namespace=${namespace}`,
    `--docker-server=${requiredEnv('BERTH_REGISTRY')}`,
    `--docker-username=${requiredEnv('BERTH_REGISTRY_USERNAME')}`,
    `--docker-password=${requiredEnv('BERTH_REGISTRY_PASSWORD')}`,
  ]);
  overlay = writeDeployOverlay({ namespace, image });
  await applyKustomization(
    { binary: requiredEnv('BERTH_KUBECTL'), kubeconfig: requiredEnv('KUBECONFIG') },
    overlay.dir,
  );
}, 600_000);

afterAll(async () => {
  overlay?.remove();
  await admin.makeApiClient(CoreV1Api).deleteNamespace({ name: namespace });
});

describe('kubectl apply -k of an overlay naming the pushed image', () => {
  it('the node agent pulls it with the pull secret, and the Deployment reports 2/2 Running', async () => {
    const core = admin.makeApiClient(CoreV1Api);
    const pods = await eventually(
      '2 Running and Ready pods',
      async () => {
        const list = await core.listNamespacedPod({ namespace, labelSelector: 'app.kubernetes.io/name=berth' });
        const ready = list.items.filter(
          (p) => p.status?.phase === 'Running' && p.status.containerStatuses?.[0]?.ready === true,
        );
        return ready.length === 2 ? ready : undefined;
      },
      90_000,
    );
    for (const pod of pods) expect(pod.status?.containerStatuses?.[0]?.image).toBe(image);
    const deployment = await eventually('the Deployment to count 2 ready replicas', async () => {
      const read = await kubectlOk(['get', 'deployment', 'berth', `--namespace=${namespace}`, '--no-headers']);
      return /^berth\s+2\/2\s/.test(read) ? read : undefined;
    });
    expect(deployment).toMatch(/^berth\s+2\/2\s+2\s+2\s/);
    const events = await core.listNamespacedEvent({
      namespace,
      fieldSelector: `involvedObject.name=${pods[0]?.metadata?.name}`,
    });
    expect(events.items.map((e) => e.reason)).toEqual(expect.arrayContaining(['Pulling', 'Pulled', 'Started']));
  });
});

describe('the ServiceAccount the manifests create', () => {
  it('with a real token reads /version, and may do nothing with any resource', async () => {
    const token = await serviceAccountToken(requiredEnv('KUBECONFIG'), namespace, 'berth');
    const as = asToken(token);
    expect((await as.makeApiClient(VersionApi).getCode()).gitVersion).toMatch(/^v1\.20\./);
    const review = await as.makeApiClient(AuthorizationV1Api).createSelfSubjectRulesReview({
      body: { spec: { namespace } },
    });
    // All it holds is what every authenticated user holds: asking about itself (system:basic-user).
    const resourceRules = review.status?.resourceRules ?? [];
    expect(resourceRules.flatMap((rule) => rule.resources ?? []).sort()).toEqual([
      'selfsubjectaccessreviews',
      'selfsubjectrulesreviews',
    ]);
    const core = as.makeApiClient(CoreV1Api);
    expect(await statusOf(core.listNamespacedSecret({ namespace }))).toBe(403);
    expect(await statusOf(core.listNamespacedPod({ namespace }))).toBe(403);
    expect(await statusOf(core.listNamespace())).toBe(403);
    expect(await statusOf(core.readNamespacedSecret({ namespace: 'kube-system', name: 'any' }))).toBe(403);
  });
});
