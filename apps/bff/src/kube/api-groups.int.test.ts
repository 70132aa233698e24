// The BFF's own API group clients against the real API server: the same answers and the same ApiException failures
// as client-node's generated clients, for a token user, a restricted one and a credential plugin's.
import { ApiException, AppsV1Api, CoreV1Api, KubeConfig, type V1Deployment } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toApiError } from '../http/errors';
import { adminKubeConfig, env, testNamespace } from '../testing/cluster';
import { execApiVersion, kubeconfigDir, localCluster, tokenPluginBody } from '../testing/kubeconfig-files';
import { toSecretSummary } from '../resources/secrets/secret-summary';
import { connectKubernetes } from './clients';
import { loadKubeConfig } from './kubeconfig/load-kubeconfig';

const namespace = testNamespace('bff-api-groups');
const files = kubeconfigDir('api-groups');
const admin = connectKubernetes(adminKubeConfig());
const restricted = connectKubernetes(loadKubeConfig(env('BERTH_RESTRICTED_KUBECONFIG')));

const secret = (name: string) => ({
  metadata: { name, labels: { team: 'a' } },
  type: 'Opaque',
  stringData: { note: 'n' },
});

const deployment = (name: string): V1Deployment => ({
  metadata: { name },
  spec: {
    replicas: 0,
    selector: { matchLabels: { app: name } },
    template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image: 'nginx:1' }] } },
  },
});

/** What a failed call throws, caught. */
async function failure(call: Promise<unknown>): Promise<ApiException<unknown>> {
  const error: unknown = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiException)) throw new Error(`expected an ApiException, got ${String(error)}`);
  return error;
}

describe('the API group clients', () => {
  beforeAll(namespace.create);
  afterAll(async () => {
    files.remove();
    await namespace.remove();
  });

  it('creates, reads, replaces and deletes a secret; a dry run persists nothing', async () => {
    const { core } = admin;
    const ns = namespace.name;
    const dry = await core.createNamespacedSecret({ namespace: ns, body: secret('dry'), dryRun: 'All' });
    expect(dry.metadata?.name).toBe('dry');
    expect((await failure(core.readNamespacedSecret({ name: 'dry', namespace: ns }))).code).toBe(404);

    const created = await core.createNamespacedSecret({ namespace: ns, body: secret('kept') });
    expect(created.data).toEqual({ note: Buffer.from('n').toString('base64') });
    // Timestamps arrive as the API server's RFC 3339 text.
    expect(created.metadata?.creationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const read = await core.readNamespacedSecret({ name: 'kept', namespace: ns });
    const typed = await adminKubeConfig()
      .makeApiClient(CoreV1Api)
      .readNamespacedSecret({ name: 'kept', namespace: ns });
    expect(toSecretSummary(read)).toEqual(toSecretSummary(typed));

    const replaced = await core.replaceNamespacedSecret({
      name: 'kept',
      namespace: ns,
      body: { ...read, stringData: { note: 'changed' } },
    });
    expect(replaced.data?.note).toBe(Buffer.from('changed').toString('base64'));
    const stale = await failure(core.replaceNamespacedSecret({ name: 'kept', namespace: ns, body: read }));
    expect(stale.code).toBe(409);

    const listed = await core.listNamespacedSecret({ namespace: ns });
    expect(listed.items.map((s) => s.metadata?.name)).toContain('kept');
    const deleted = await core.deleteNamespacedSecret({ name: 'kept', namespace: ns });
    expect(deleted.details?.uid).toBe(read.metadata?.uid);
  });

  it('creates, patches with a JSON Patch and deletes a Deployment in the background', async () => {
    const { apps } = admin;
    const ns = namespace.name;
    await apps.createNamespacedDeployment({ namespace: ns, body: deployment('web') });
    const patched = await apps.patchNamespacedDeployment({
      name: 'web',
      namespace: ns,
      body: [
        { op: 'test', path: '/spec/template/spec/containers/0/name', value: 'web' },
        { op: 'replace', path: '/spec/template/spec/containers/0/image', value: 'nginx:2' },
      ],
    });
    expect(patched.spec?.template.spec?.containers[0]?.image).toBe('nginx:2');
    const typed = await adminKubeConfig()
      .makeApiClient(AppsV1Api)
      .readNamespacedDeployment({ name: 'web', namespace: ns });
    expect(typed.spec?.template.spec?.containers[0]?.image).toBe('nginx:2');
    const refused = await failure(
      apps.patchNamespacedDeployment({
        name: 'web',
        namespace: ns,
        body: [{ op: 'test', path: '/spec/template/spec/containers/0/name', value: 'other' }],
      }),
    );
    expect(refused.code).toBe(422);
    await apps.deleteNamespacedDeployment({ name: 'web', namespace: ns, propagationPolicy: 'Background' });
    expect((await failure(apps.readNamespacedDeployment({ name: 'web', namespace: ns }))).code).toBe(404);
  });

  it('throws the API server’s Status as client-node does, so the error envelope names the object', async () => {
    const missing = await failure(admin.core.readNamespacedSecret({ name: 'nope', namespace: namespace.name }));
    expect(missing.code).toBe(404);
    expect(toApiError(missing)).toMatchObject({ status: 404, reason: 'NotFound' });
    expect(toApiError(missing).message).toContain('nope');
  });

  it('answers the restricted user’s 403 outside its namespace', async () => {
    const forbidden = await failure(restricted.core.listNamespacedSecret({ namespace: namespace.name }));
    expect(forbidden.code).toBe(403);
    expect(toApiError(forbidden)).toMatchObject({ status: 403, reason: 'Forbidden' });
    expect(toApiError(forbidden).message).toMatch(/ cannot list secrets in namespace /);
    const review = await restricted.authorization.createSelfSubjectAccessReview({
      body: { spec: { resourceAttributes: { namespace: namespace.name, verb: 'create', resource: 'secrets' } } },
    });
    expect(review.status?.allowed).toBe(false);
  });

  it('throws 401 with no body for a token the API server does not accept', async () => {
    const cluster = adminKubeConfig().getCurrentCluster();
    if (cluster === null) throw new Error('the admin kubeconfig names no cluster');
    const intruder = new KubeConfig();
    intruder.loadFromClusterAndUser(cluster, { name: 'intruder', token: 'not-a-token' });
    const refused = await failure(connectKubernetes(intruder).core.listNamespace());
    expect(refused.code).toBe(401);
    expect(refused.body).toBeUndefined();
  });

  it('calls with a credential plugin’s token, and reviews tokens and reads the version', async () => {
    const cluster = localCluster();
    const plugin = files.script(
      'token.sh',
      tokenPluginBody({ runsFile: `${files.dir}/runs`, token: cluster.adminToken }),
    );
    const kubeconfig = files.kubeconfig('exec.kubeconfig', {
      clusters: [
        { name: 'local', cluster: { server: cluster.server, 'certificate-authority': cluster.certificateAuthority } },
      ],
      users: [
        { name: 'plugin', user: { exec: { apiVersion: execApiVersion, command: plugin, interactiveMode: 'Never' } } },
      ],
      contexts: [{ name: 'exec', context: { cluster: 'local', user: 'plugin' } }],
      'current-context': 'exec',
    });
    const viaPlugin = connectKubernetes(loadKubeConfig(kubeconfig));
    const namespaces = await viaPlugin.core.listNamespace();
    expect(namespaces.items.map((n) => n.metadata?.name)).toContain(namespace.name);
    expect(files.lines('runs')).toHaveLength(1);
    expect((await viaPlugin.version.getCode()).gitVersion).toMatch(/^v1\.\d+/);
    const review = await viaPlugin.authentication.createTokenReview({ body: { spec: { token: cluster.adminToken } } });
    expect(review.status?.authenticated).toBe(true);
  });
});
