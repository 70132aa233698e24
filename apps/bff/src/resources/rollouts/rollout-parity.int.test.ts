// Each rollout action through Berth in one namespace and through kubectl 1.20 in another leaves the same objects, and
// refuses with kubectl's words.
import request from 'supertest';
import { stringify } from 'yaml';
import { apiError, rolloutResult, workloadRevisions, type WorkloadRevisions } from '@berth/contracts';
import { kubectl as kubectlResult } from '@berth/local-cluster/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKubeConfig } from '../../kube/kubeconfig/load-kubeconfig';
import { env, eventually, kubectl, testApp, testNamespace } from '../../testing/cluster';

const berth = testNamespace('ro-parity-berth');
const kubectlSide = testNamespace('ro-parity-kubectl');
const { app } = testApp();
const json = { 'Content-Type': 'application/json' };
const kinds = [
  { plural: 'deployments', kind: 'Deployment', resource: 'deployment.apps' },
  { plural: 'statefulsets', kind: 'StatefulSet', resource: 'statefulset.apps' },
  { plural: 'daemonsets', kind: 'DaemonSet', resource: 'daemonset.apps' },
] as const;
const imageA = '127.0.0.1:5000/janedoe/awesomeapp:v1';
const imageB = '127.0.0.1:5000/janedoe/awesomeapp:v2';

interface KubeObject {
  kind: string;
  metadata: { name: string; generation?: number; annotations?: Record<string, string>; [key: string]: unknown };
  spec: { template: { metadata: { annotations?: Record<string, string> } } } & Record<string, unknown>;
  status?: { observedGeneration?: number };
  [key: string]: unknown;
}

function workload(kind: (typeof kinds)[number]['kind']) {
  const name = kind.toLowerCase();
  return {
    apiVersion: 'apps/v1',
    kind,
    metadata: { name, annotations: { 'kubernetes.io/change-cause': 'first', team: 'a' } },
    spec: {
      ...(kind === 'StatefulSet' ? { serviceName: name } : {}),
      ...(kind === 'DaemonSet' ? {} : { replicas: 1 }),
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'app', image: imageA }], imagePullSecrets: [{ name: 'cred-a' }] },
      },
    },
  };
}

/** Both sides get the same change from kubectl: the second revision, with a change cause of its own. */
const secondRevision = JSON.stringify({
  metadata: { annotations: { 'kubernetes.io/change-cause': 'image v2' } },
  spec: {
    template: { spec: { containers: [{ name: 'app', image: imageB }], imagePullSecrets: [{ name: 'cred-b' }] } },
  },
});

async function read(namespace: string, plural: string, name: string): Promise<KubeObject> {
  return JSON.parse(await kubectl(['-n', namespace, 'get', plural, name, '-o', 'json'])) as KubeObject;
}

/** Once the controller has seen the last write (a Deployment's revision annotation is written before its status). */
function settled(namespace: string, plural: string, name: string): Promise<KubeObject> {
  return eventually(`${plural}/${name} observed in ${namespace}`, async () => {
    const object = await read(namespace, plural, name);
    return (object.status?.observedGeneration ?? 0) >= (object.metadata.generation ?? 0) ? object : undefined;
  });
}

/** The server's own fields dropped, and the restart time (the second each side ran) made one placeholder. */
function comparable(object: KubeObject): KubeObject {
  const copy = structuredClone(object);
  delete copy.status;
  for (const key of ['uid', 'resourceVersion', 'creationTimestamp', 'managedFields', 'selfLink', 'namespace'])
    delete copy.metadata[key];
  const restartedAt = copy.spec.template.metadata.annotations?.['kubectl.kubernetes.io/restartedAt'];
  if (restartedAt !== undefined) {
    expect(restartedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/);
    copy.spec.template.metadata.annotations = {
      ...copy.spec.template.metadata.annotations,
      'kubectl.kubernetes.io/restartedAt': 'the time',
    };
  }
  return copy;
}

async function expectSameObjects(): Promise<void> {
  for (const { plural, kind } of kinds) {
    const name = kind.toLowerCase();
    const [made, applied] = await Promise.all([
      settled(berth.name, plural, name),
      settled(kubectlSide.name, plural, name),
    ]);
    expect(comparable(made), `${kind}`).toEqual(comparable(applied));
  }
}

const revisionsOf = async (plural: string, name: string): Promise<WorkloadRevisions> =>
  workloadRevisions.parse(
    (await request(app).get(`/api/namespaces/${berth.name}/${plural}/${name}/revisions`).expect(200)).body,
  );

/** Revision `n` recorded on both sides (ReplicaSets and ControllerRevisions are made by the controllers). */
async function revisionRecorded(plural: string, name: string, n: number): Promise<void> {
  await eventually(`revision ${n} of ${plural}/${name}`, async () => {
    const history = await kubectl(['-n', kubectlSide.name, 'rollout', 'history', `${plural}/${name}`]);
    const ours = await revisionsOf(plural, name);
    return new RegExp(`^${n}\\s`, 'm').test(history) && ours.revisions.some((r) => r.revision === n) ? true : undefined;
  });
}

const berthPost = (plural: string, name: string, action: string, body: object = {}) =>
  request(app).post(`/api/namespaces/${berth.name}/${plural}/${name}/${action}`).set(json).send(body);

/** kubectl's error text (`error: …` on stderr), which Berth's envelope must say word for word. */
async function kubectlRefusal(args: string[]): Promise<string> {
  const result = await kubectlResult(['-n', kubectlSide.name, ...args]);
  expect(result.code, result.stdout).not.toBe(0);
  return result.stderr.trim().replace(/^error: /, '');
}

describe('kubectl rollout parity', () => {
  beforeAll(async () => {
    await Promise.all([berth.create(), kubectlSide.create()]);
    const text = kinds.map(({ kind }) => stringify(workload(kind))).join('---\n');
    await Promise.all([
      kubectl(['-n', berth.name, 'create', '-f', '-'], text),
      kubectl(['-n', kubectlSide.name, 'create', '-f', '-'], text),
    ]);
    for (const { plural, kind } of kinds) await revisionRecorded(plural, kind.toLowerCase(), 1);
    for (const namespace of [berth.name, kubectlSide.name])
      for (const { plural, kind } of kinds)
        await kubectl(['-n', namespace, 'patch', plural, kind.toLowerCase(), '-p', secondRevision]);
    for (const { plural, kind } of kinds) await revisionRecorded(plural, kind.toLowerCase(), 2);
  });
  afterAll(async () => {
    await Promise.all([berth.remove(), kubectlSide.remove()]);
  });

  it('lists each revision with its images, credentials, change cause and which is current', async () => {
    for (const { plural, kind } of kinds) {
      const history = await revisionsOf(plural, kind.toLowerCase());
      expect(history.kind).toBe(kind);
      expect(history.revisions.map((r) => r.revision)).toEqual([2, 1]);
      expect(history.revisions[0]).toMatchObject({
        containers: [{ name: 'app', image: imageB }],
        // A strategic merge patch merges imagePullSecrets by name.
        imagePullSecrets: ['cred-b', 'cred-a'],
        current: true,
        ...(kind === 'Deployment' ? { changeCause: 'image v2' } : {}),
      });
      expect(history.revisions[1]).toMatchObject({
        containers: [{ name: 'app', image: imageA }],
        imagePullSecrets: ['cred-a'],
        current: false,
      });
    }
  });

  it('rolls back to a revision as `kubectl rollout undo --to-revision` does', async () => {
    for (const { plural, kind } of kinds) {
      const name = kind.toLowerCase();
      const res = await berthPost(plural, name, 'rollback', { revision: 1 }).expect(200);
      expect(rolloutResult.parse(res.body).result).toBe('rolled back');
      const out = await kubectl(['-n', kubectlSide.name, 'rollout', 'undo', `${plural}/${name}`, '--to-revision=1']);
      expect(out.trim()).toBe(`${kinds.find((k) => k.kind === kind)?.resource}/${name} rolled back`);
    }
    await expectSameObjects();
    const deployment = await read(berth.name, 'deployments', 'deployment');
    expect(deployment.metadata.annotations).toMatchObject({ 'kubernetes.io/change-cause': 'first', team: 'a' });
  });

  it("answers kubectl's skip for the current revision and its error for a missing one", async () => {
    for (const { plural, kind, resource } of kinds) {
      const name = kind.toLowerCase();
      await revisionRecorded(plural, name, 3);
      const skip = rolloutResult.parse((await berthPost(plural, name, 'rollback', { revision: 3 }).expect(200)).body);
      const out = await kubectl(['-n', kubectlSide.name, 'rollout', 'undo', `${plural}/${name}`, '--to-revision=3']);
      expect(out.trim()).toBe(`${resource}/${name} ${skip.message}`);
      const missing = apiError.parse((await berthPost(plural, name, 'rollback', { revision: 9 }).expect(422)).body);
      expect(missing.message).toBe(await kubectlRefusal(['rollout', 'undo', `${plural}/${name}`, '--to-revision=9']));
      expect(missing.fields).toEqual([{ path: 'revision', message: missing.message }]);
    }
    await expectSameObjects();
  });

  it('restarts as `kubectl rollout restart` does: restartedAt on the pod template', async () => {
    for (const { plural, kind } of kinds) {
      const name = kind.toLowerCase();
      expect(rolloutResult.parse((await berthPost(plural, name, 'restart').expect(200)).body).result).toBe('restarted');
      await kubectl(['-n', kubectlSide.name, 'rollout', 'restart', `${plural}/${name}`]);
    }
    await expectSameObjects();
  });

  it("pauses and resumes a Deployment as kubectl does, refusing what kubectl refuses in kubectl's words", async () => {
    const target = ['deployments/deployment'];
    await berthPost('deployments', 'deployment', 'pause').expect(200);
    await kubectl(['-n', kubectlSide.name, 'rollout', 'pause', ...target]);
    await expectSameObjects();
    for (const [action, args] of [
      ['pause', ['rollout', 'pause', ...target]],
      ['restart', ['rollout', 'restart', ...target]],
      ['rollback', ['rollout', 'undo', ...target, '--to-revision=2']],
    ] as const) {
      const refused = apiError.parse((await berthPost('deployments', 'deployment', action, { revision: 2 })).body);
      expect(refused, action).toMatchObject({ status: 409, reason: 'Conflict' });
      expect(refused.message).toBe(await kubectlRefusal([...args]));
    }
    await berthPost('deployments', 'deployment', 'resume').expect(200);
    await kubectl(['-n', kubectlSide.name, 'rollout', 'resume', ...target]);
    await expectSameObjects();
    const again = apiError.parse((await berthPost('deployments', 'deployment', 'resume').expect(409)).body);
    expect(again.message).toBe(await kubectlRefusal(['rollout', 'resume', ...target]));
  });

  it('has no pause for the kinds kubectl cannot pause', async () => {
    await berthPost('statefulsets', 'statefulset', 'pause').expect(404);
    await berthPost('daemonsets', 'daemonset', 'resume').expect(404);
  });

  it('acts as the request identity: a user who may read but not patch gets the 403 envelope, and nothing changes', async () => {
    const restricted = testApp(loadKubeConfig(env('BERTH_RESTRICTED_KUBECONFIG'))).app;
    const revisions = `/api/namespaces/${berth.name}/deployments/deployment/revisions`;
    await request(restricted).get(revisions).expect(403);
    const resources = '--resource=deployments,replicasets,statefulsets,controllerrevisions';
    await kubectl(['-n', berth.name, 'create', 'role', 'ro-reader', '--verb=get,list', resources]);
    const user = '--user=berth-restricted';
    await kubectl(['-n', berth.name, 'create', 'rolebinding', 'ro-reader', '--role=ro-reader', user]);
    await eventually('the Role to apply', async () =>
      (await request(restricted).get(revisions)).status === 200 ? true : undefined,
    );
    const before = (await read(berth.name, 'deployments', 'deployment')).metadata.generation;
    for (const action of ['restart', 'rollback', 'pause']) {
      const res = await request(restricted)
        .post(`/api/namespaces/${berth.name}/deployments/deployment/${action}`)
        .set(json)
        .send({ revision: 2 })
        .expect(403);
      expect(apiError.parse(res.body)).toMatchObject({
        status: 403,
        reason: 'Forbidden',
        message: `berth-restricted cannot patch deployments in namespace ${berth.name}`,
      });
    }
    expect((await read(berth.name, 'deployments', 'deployment')).metadata.generation).toBe(before);
  });
});
