// What Berth creates from a form equals what `kubectl apply` of the YAML Berth shows creates, server-set fields aside.
import request from 'supertest';
import { toWorkloadYaml, workloadResources, type WorkloadForm } from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('kubectl parity of what Berth creates', () => {
  let forms: WorkloadForm[] = [];
  let made: Map<string, KubeObject>;
  let applied: Map<string, KubeObject>;

  beforeAll(async () => {
    await Promise.all([berth.create(), kubectlSide.create()]);
    const options = { cronJobApiVersion: await servedCronJobApiVersion() };
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
});
