// What Berth creates from a form equals what `kubectl apply` of the YAML Berth shows creates, server-set fields aside.
import request from 'supertest';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import {
  fromWorkloadYaml,
  kubectlYamlOptions,
  toWorkloadManifest,
  toWorkloadYaml,
  workloadForm,
  workloadResources,
  type ManifestOptions,
  type WorkloadForm,
} from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectl as kubectlResult } from '@berth/local-cluster/testing';
import { kubectl, testApp, testNamespace } from '../../testing/cluster';
import { parityForms, servedCronJobApiVersion } from '../../testing/parity-forms';

const berth = testNamespace('parity-berth');
const kubectlSide = testNamespace('parity-kubectl');
const { app } = testApp();
// A node port of its own; both sides ask for it in turn (Berth's Services are deleted before kubectl applies).
const nodePort = 30000 + Math.floor(Math.random() * 2700);

interface KubeObject {
  kind: string;
  metadata: { name: string; [key: string]: unknown };
  spec?: Record<string, unknown>;
  [key: string]: unknown;
}

/** The server's own fields, and the namespace, dropped: what remains is what the YAML asked for plus defaults. */
function comparable(object: KubeObject): KubeObject {
  const copy = structuredClone(object);
  delete copy.status;
  const metadata = copy.metadata;
  for (const key of [
    'uid',
    'resourceVersion',
    'creationTimestamp',
    'generation',
    'managedFields',
    'selfLink',
    'namespace',
  ])
    delete metadata[key];
  const annotations = metadata.annotations as Record<string, string> | undefined;
  delete annotations?.['kubectl.kubernetes.io/last-applied-configuration'];
  if (annotations && Object.keys(annotations).length === 0) delete metadata.annotations;
  const spec = copy.spec ?? {};
  if (copy.kind === 'Service' && spec.clusterIP !== 'None') {
    delete spec.clusterIP;
    delete spec.clusterIPs;
  }
  // Node ports the YAML left unset are allocated, differently on each side.
  if (copy.kind === 'Service')
    for (const port of (spec.ports ?? []) as { nodePort?: number }[])
      if (port.nodePort !== nodePort) delete port.nodePort;
  if (copy.kind === 'Job') {
    // The API server generates a Job's selector from its uid.
    const selector = spec.selector as { matchLabels: Record<string, string> };
    const template = spec.template as { metadata: { labels: Record<string, string> } };
    delete selector.matchLabels['controller-uid'];
    delete template.metadata.labels['controller-uid'];
  }
  return copy;
}

/** Each kind read on its own: all of them at once outgrow the 1 MiB of output the kubectl helper keeps. */
async function objectsIn(namespace: string): Promise<Map<string, KubeObject>> {
  const kinds = ['deployments', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs', 'services'];
  const lists = await Promise.all(kinds.map((kind) => kubectl(['-n', namespace, 'get', kind, '-o', 'json'])));
  const items = lists.flatMap((list) => (JSON.parse(list) as { items: KubeObject[] }).items);
  return new Map(items.map((o) => [`${o.kind}/${o.metadata.name}`, comparable(o)]));
}

/** Every leaf of a JSON value with its API field path (`spec.template.spec.containers[0].image`); {} and [] count as none. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => leaves(item, path === '' ? key : `${path}.${key}`));
  return [[path, value]];
}

/** null is no value; Always is the one restart policy a Deployment's, StatefulSet's or DaemonSet's pods take. */
const implied = (path: string, value: unknown) =>
  value === null || (path === 'spec.template.spec.restartPolicy' && value === 'Always');

describe('kubectl parity of what Berth creates', () => {
  let forms: WorkloadForm[] = [];
  let options: ManifestOptions = {};
  let made: Map<string, KubeObject>;
  let applied: Map<string, KubeObject>;

  beforeAll(async () => {
    await Promise.all([berth.create(), kubectlSide.create()]);
    options = { cronJobApiVersion: await servedCronJobApiVersion() };
    forms = parityForms(berth.name, nodePort);
    for (const form of forms) {
      const route = `/api/namespaces/${berth.name}/${workloadResources[form.kind].plural}`;
      const res = await request(app)
        .post(route)
        .send({ manifest: toWorkloadYaml(form, options) });
      expect(res.status, `${form.kind} ${form.name}: ${JSON.stringify(res.body)}`).toBe(201);
    }
    made = await objectsIn(berth.name);
    await kubectl(['-n', berth.name, 'delete', 'services', '--all']);
    // The very text Berth showed, in the other namespace: one `kubectl apply` of every form's YAML.
    const text = parityForms(kubectlSide.name, nodePort)
      .map((form) => toWorkloadYaml(form, options))
      .join('---\n');
    await kubectl(['-n', kubectlSide.name, 'apply', '-f', '-'], text);
    applied = await objectsIn(kubectlSide.name);
  });
  afterAll(async () => {
    await Promise.all([berth.remove(), kubectlSide.remove()]);
  });

  it('creates the same objects, each equal to what kubectl made of its YAML', () => {
    expect([...made.keys()].sort()).toEqual([...applied.keys()].sort());
    const services = forms.filter((f) => f.service).length + forms.filter((f) => f.kind === 'StatefulSet').length;
    expect(made.size).toBe(forms.length + services);
    for (const [key, object] of made) expect(object, key).toEqual(applied.get(key));
  });

  it('keeps every ambiguous text as text and the node port it was given', () => {
    const web = made.get('Deployment/web');
    expect(web?.metadata.labels).toMatchObject({ on: 'yes', y: 'n', true: 'Off', null: 'NULL', '1e3': '0x1F' });
    const env = (web?.spec as { template: { spec: { containers: { env: { name: string; value?: unknown }[] }[] } } })
      .template.spec.containers[0]?.env;
    for (const variable of env ?? []) expect(typeof (variable.value ?? ''), variable.name).toBe('string');
    const service = made.get('Service/web')?.spec as { ports: { nodePort?: number }[] };
    expect(service.ports[0]?.nodePort).toBe(nodePort);
  });

  it('reads kubectl get -o yaml of each workload back to a form that keeps or reports every field', async () => {
    for (const form of forms) {
      const yaml = await kubectl(['-n', kubectlSide.name, 'get', form.kind.toLowerCase(), form.name, '-o', 'yaml']);
      const { form: back, problems } = fromWorkloadYaml(yaml, { namespace: kubectlSide.name });
      const rebuilt = new Map(leaves(toWorkloadManifest(workloadForm.parse(back), options)));
      const reported = problems.map((p) => p.path);
      const under = (path: string) =>
        reported.some((r) => path === r || path.startsWith(`${r}.`) || path.startsWith(`${r}[`));
      const dropped = leaves(parse(yaml, kubectlYamlOptions)).filter(
        ([path, value]) => !under(path) && !implied(path, value) && !isDeepStrictEqual(rebuilt.get(path), value),
      );
      expect(dropped, `${form.kind} ${form.name}`).toEqual([]);
    }
  });

  it('reads hand-written YAML as kubectl does: Go YAML numbers and booleans, text it keeps as text', async () => {
    // Plain scalars YAML 1.2 reads as text or other numbers: Go reads 010 as octal, drops '_', takes `off` for false.
    const yaml = (namespace: string) => `
apiVersion: apps/v1
kind: Deployment
metadata:
  name: plain-scalars
  namespace: ${namespace}
  labels: { 1_0: ten, 0x1F: hex }
  annotations: { day: 2001-12-14, time: 1:20, dot: ., nel: "a\\Nb" }
spec:
  replicas: 0_1
  revisionHistoryLimit: 010
  progressDeadlineSeconds: 0o1_000
  minReadySeconds: +0b1_1
  paused: on
  selector: { matchLabels: { app: plain-scalars } }
  template:
    metadata: { labels: { app: plain-scalars } }
    spec:
      containers:
        - name: app
          image: busybox
          ports: [{ containerPort: 0x1F90 }]
`;
    await request(app)
      .post(`/api/namespaces/${berth.name}/deployments`)
      .send({ manifest: yaml(berth.name) })
      .expect(201);
    await kubectl(['-n', kubectlSide.name, 'apply', '-f', '-'], yaml(kubectlSide.name));
    const read = async (namespace: string) =>
      comparable(
        JSON.parse(await kubectl(['-n', namespace, 'get', 'deployment', 'plain-scalars', '-o', 'json'])) as KubeObject,
      );
    const made = await read(berth.name);
    expect(made).toEqual(await read(kubectlSide.name));
    expect(made.spec).toMatchObject({
      replicas: 1,
      revisionHistoryLimit: 8,
      progressDeadlineSeconds: 512,
      minReadySeconds: 3,
      paused: true,
    });
    expect(made.metadata.labels).toEqual({ '10': 'ten', '31': 'hex' });
    expect(made.metadata.annotations).toEqual({ day: '2001-12-14', time: '1:20', dot: '.', nel: 'a\u0085b' });
  });

  it('refuses what kubectl refuses: a plain `yes` is a boolean, not an environment value', async () => {
    const yaml = `
apiVersion: apps/v1
kind: Deployment
metadata: { name: plain-yes }
spec:
  selector: { matchLabels: { app: plain-yes } }
  template:
    metadata: { labels: { app: plain-yes } }
    spec: { containers: [{ name: app, image: busybox, env: [{ name: ANSWER, value: yes }] }] }
`;
    const refused = await kubectlResult(['-n', kubectlSide.name, 'apply', '-f', '-'], { input: yaml });
    expect(refused.code).not.toBe(0);
    const res = await request(app).post(`/api/namespaces/${berth.name}/deployments`).send({ manifest: yaml });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});
