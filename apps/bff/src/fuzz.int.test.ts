// 4,000 generated payloads per write endpoint (fast-check; BERTH_FUZZ_RUNS for more), as a signed-in user against the real cluster:
// no 5xx, nothing created outside the route's namespace, and the form model cannot smuggle pod settings in.
import { AppsV1Api, CoreV1Api } from '@kubernetes/client-node';
import fc from 'fast-check';
import request from 'supertest';
import { registryEntry } from './testing/arbitraries';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, csrfHeader, dnsSubdomainName } from '@berth/contracts';
import { adminKubeConfig, testNamespace } from './testing/cluster';
import { adminToken, listen, signIn, tokenApp, type SignedIn } from './testing/signed-in';

// 4,000 keeps the suite inside CI's time budget (10,000 took 75 s of a 15-minute warm run); a long soak is one variable away.
const runs = Number(process.env.BERTH_FUZZ_RUNS ?? 4_000);
const inFlight = 64;
const namespace = testNamespace('bff-fuzz');
const decoy = testNamespace('bff-fuzz-decoy');
// No sign-in throttle: the fuzzed tokens must reach the API server's TokenReview, not stop at a 429 after ten.
const { app } = tokenApp({ signInLimits: { perAddress: Infinity, overall: Infinity } });
const ns = `/api/namespaces/${namespace.name}`;
const apps = adminKubeConfig().makeApiClient(AppsV1Api);
const core = adminKubeConfig().makeApiClient(CoreV1Api);

// Few valid names, so accepted payloads make a handful of objects and the rest answer 409; random names are all invalid,
// since hundreds of stored Deployments would keep the shared cluster's controllers busy long after this file.
const invalidName = fc.string({ maxLength: 12 }).filter((s) => !dnsSubdomainName.safeParse(s).success);
const name = (prefix: string) =>
  fc.oneof(fc.constantFrom(`${prefix}-a`, `${prefix}-b`, 'Bad_Name', '', 'a'.repeat(300)), invalidName);
const noise = fc.oneof(fc.anything({ maxDepth: 2 }), fc.constant(null), fc.integer(), fc.string({ maxLength: 8 }));
const otherNamespace = fc.oneof(
  fc.constant(namespace.name),
  fc.constant(decoy.name),
  fc.constantFrom('default', 'kube-system'),
  noise,
);
const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('', 'r.example.com', 'localhost:5000', 'https://index.docker.io/v1/'),
);
const registry = registryEntry(text, noise);
// Pod settings the Create Workload form has no field for; whatever they hold, they must not reach the API server.
const smuggled = fc.record(
  {
    volumes: fc.constant([{ name: 'host', hostPath: { path: '/' } }]),
    serviceAccountName: fc.constant('admin'),
    hostNetwork: fc.constant(true),
    hostPID: fc.constant(true),
    hostIPC: fc.constant(true),
    nodeName: fc.constant('elsewhere'),
    securityContext: fc.constant({ runAsUser: 0 }),
    spec: fc.constant({ template: { spec: { hostNetwork: true } } }),
    metadata: fc.constant({ namespace: 'kube-system', annotations: { smuggled: 'yes' } }),
    labels: fc.constant({ smuggled: 'yes' }),
  },
  { requiredKeys: [] },
);
const smuggledContainer = fc.record(
  {
    envFrom: fc.constant([{ secretRef: { name: 'target' } }]),
    env: fc.constant([{ name: 'X', value: 'y' }]),
    volumeMounts: fc.constant([{ name: 'host', mountPath: '/host' }]),
    securityContext: fc.constant({ privileged: true }),
    command: fc.constant(['sh']),
    ports: fc.constant([{ containerPort: 80, hostPort: 80 }]),
  },
  { requiredKeys: [] },
);
const container = fc
  .tuple(
    fc.record(
      {
        name: fc.oneof(fc.constantFrom('c', 'web'), noise),
        image: fc.oneof(fc.constantFrom('nginx', '127.0.0.1:5000/janedoe/awesomeapp:v1'), noise),
        imagePullPolicy: fc.oneof(fc.constantFrom('Always', 'IfNotPresent', 'Never'), noise),
      },
      { requiredKeys: ['name', 'image'] },
    ),
    smuggledContainer,
  )
  .map(([c, extra]) => ({ ...extra, ...c }));
// replicas never above 0 when valid: accepted Deployments start no pods on the shared cluster.
const replicas = fc.oneof(fc.constantFrom(0, -1, 1001, 0.5), noise);
const workloadForm = fc
  .tuple(
    fc.record(
      {
        name: name('fz-form'),
        namespace: otherNamespace,
        replicas,
        containers: fc.oneof(fc.array(container, { minLength: 1, maxLength: 2 }), noise),
        imagePullSecrets: fc.oneof(fc.array(fc.constantFrom('target', 'x'), { maxLength: 2 }), noise),
      },
      { requiredKeys: ['name', 'replicas', 'containers'] },
    ),
    smuggled,
  )
  .map(([form, extra]) => ({ ...extra, ...form }));
// Forms that pass validation, so some Deployments are really stored and the smuggled settings can be looked for.
const acceptedForm = fc
  .tuple(
    fc.record({
      name: fc.constantFrom('fz-form-a', 'fz-form-b', 'fz-form-c'),
      replicas: fc.constant(0),
      containers: fc.array(
        container.map((c) => ({ ...c, name: 'c', image: 'nginx', imagePullPolicy: 'IfNotPresent' })),
        { minLength: 1, maxLength: 1 },
      ),
    }),
    smuggled,
  )
  .map(([form, extra]) => ({ ...extra, ...form }));
const manifest = fc
  .record({ name: name('fz-manifest'), namespace: fc.option(otherNamespace, { nil: undefined }) })
  .map(({ name: n, namespace: where }) => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: n, ...(where === undefined ? {} : { namespace: where }) },
    spec: {
      replicas: 0,
      selector: { matchLabels: { app: 'm' } },
      template: { metadata: { labels: { app: 'm' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } },
    },
  }));

const bodies = {
  'POST secrets': fc.oneof(
    fc.record(
      {
        name: name('fz-secret'),
        namespace: otherNamespace,
        registries: fc.oneof(fc.array(registry, { maxLength: 2 }), noise),
      },
      { requiredKeys: [] },
    ),
    fc.record(
      {
        name: name('fz-import'),
        namespace: otherNamespace,
        configJson: fc.oneof(fc.json({ maxDepth: 3 }), fc.constant('{"auths":{"r.io":{"auth":"dTpw"}}}'), noise),
      },
      { requiredKeys: [] },
    ),
    noise,
  ),
  'PUT secrets/target': fc.oneof(
    fc.record(
      { registries: fc.oneof(fc.array(registry, { maxLength: 2 }), noise), namespace: otherNamespace },
      { requiredKeys: [] },
    ),
    noise,
  ),
  'POST deployments': fc.oneof(
    workloadForm,
    acceptedForm,
    manifest.map((m) => ({ manifest: JSON.stringify(m) })),
    fc.record({ manifest: fc.oneof(fc.string({ maxLength: 60 }), noise) }),
    noise,
  ),
  'PATCH deployments/target': fc.oneof(
    fc.record(
      {
        replicas,
        image: fc.oneof(
          fc.record(
            { container: fc.oneof(fc.constant('c'), noise), image: fc.oneof(fc.constant('nginx:1'), noise) },
            { requiredKeys: [] },
          ),
          noise,
        ),
        imagePullSecrets: fc.oneof(fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }), noise),
      },
      { requiredKeys: [] },
    ),
    noise,
  ),
  // Only unroutable or invalid registries: the checks must not touch the network in a fuzz run.
  'POST registry-checks': fc.oneof(
    fc.record(
      { server: fc.oneof(fc.constantFrom('', '127.0.0.1:9', 'Bad Host'), noise), username: text, password: text },
      { requiredKeys: [] },
    ),
    noise,
  ),
  'POST image-checks': fc.oneof(
    fc.record(
      {
        image: fc.oneof(
          fc.constantFrom('UPPER', ''),
          fc.string({ maxLength: 12 }).map((s) => `127.0.0.1:9/${s}`),
          noise,
        ),
        imagePullSecrets: fc.oneof(fc.array(fc.constantFrom('target', 'nope'), { maxLength: 2 }), noise),
      },
      { requiredKeys: [] },
    ),
    noise,
  ),
  'POST session': fc.oneof(
    fc.record({ token: fc.oneof(fc.string({ maxLength: 40 }), noise) }, { requiredKeys: [] }),
    noise,
  ),
};
const routes: Record<keyof typeof bodies, { method: string; path: string }> = {
  'POST secrets': { method: 'POST', path: `${ns}/secrets` },
  'PUT secrets/target': { method: 'PUT', path: `${ns}/secrets/target` },
  'POST deployments': { method: 'POST', path: `${ns}/deployments` },
  'PATCH deployments/target': { method: 'PATCH', path: `${ns}/deployments/target` },
  'POST registry-checks': { method: 'POST', path: '/api/registry-checks' },
  'POST image-checks': { method: 'POST', path: `${ns}/image-checks` },
  'POST session': { method: 'POST', path: '/api/session' },
};

describe('fuzzing every write endpoint', () => {
  let user: SignedIn;
  let server: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    await Promise.all([namespace.create(), decoy.create()]);
    server = await listen(app);
    user = await signIn(app, adminToken());
    await request(app)
      .post(`${ns}/secrets`)
      .set(user.headers)
      .send({ name: 'target', registries: [{ server: 'r.example.com', username: 'u', password: 'p' }] })
      .expect(201);
    await request(app)
      .post(`${ns}/deployments`)
      .set(user.headers)
      .send({ name: 'target', replicas: 0, containers: [{ name: 'c', image: 'nginx' }] })
      .expect(201);
  });
  afterAll(async () => {
    server.server.close();
    await Promise.all([namespace.remove(), decoy.remove()]);
  });

  it.each(Object.keys(bodies) as (keyof typeof bodies)[])(`%s: ${runs} payloads, never a 5xx`, async (endpoint) => {
    const { method, path } = routes[endpoint];
    // Each accepted PATCH would roll out a new ReplicaSet: keep 99 % of them dry runs, so the shared cluster's controllers stay idle.
    const dryRuns =
      endpoint === 'PATCH deployments/target' ? fc.integer({ min: 0, max: 99 }).map((n) => n > 0) : fc.boolean();
    const payloads = fc.sample(fc.tuple(bodies[endpoint], dryRuns), runs);
    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < payloads.length) {
        const [value, dryRun] = payloads[next++] ?? [null, false];
        const res = await fetch(`${server.url}${path}${dryRun ? '?dryRun=true' : ''}`, {
          method,
          headers: { Cookie: user.cookie, [csrfHeader]: user.csrfToken, 'Content-Type': 'application/json' },
          body: JSON.stringify(value) ?? 'null',
        });
        const text = await res.text();
        if (res.status >= 500) failures.push(`${res.status} ${JSON.stringify(value)} -> ${text}`);
        else if (res.status >= 400 && apiError.safeParse(JSON.parse(text)).data?.status !== res.status)
          failures.push(`bad envelope ${text}`);
      }
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
    expect(next).toBe(runs);
    expect(failures.slice(0, 3)).toEqual([]);
  });

  it('created nothing outside the route namespace', async () => {
    const secrets = await core.listNamespacedSecret({ namespace: decoy.name });
    expect(
      secrets.items.filter((s) => s.type !== 'kubernetes.io/service-account-token').map((s) => s.metadata?.name),
    ).toEqual([]);
    expect((await apps.listNamespacedDeployment({ namespace: decoy.name })).items).toEqual([]);
    for (const elsewhere of ['default', 'kube-system']) {
      const names = (await apps.listNamespacedDeployment({ namespace: elsewhere })).items.map(
        (d) => d.metadata?.name ?? '',
      );
      expect(names.filter((n) => n.startsWith('fz-'))).toEqual([]);
      const secretNames = (await core.listNamespacedSecret({ namespace: elsewhere })).items.map(
        (s) => s.metadata?.name ?? '',
      );
      expect(secretNames.filter((n) => n.startsWith('fz-'))).toEqual([]);
    }
  });

  it('stored form-made Deployments hold only what the form allows', async () => {
    const all = (await apps.listNamespacedDeployment({ namespace: namespace.name })).items;
    expect(all.length).toBeLessThanOrEqual(6);
    const made = all.filter((d) => d.metadata?.name?.startsWith('fz-form'));
    expect(made.length).toBeGreaterThan(0);
    const podKeys = new Set([
      'containers',
      'imagePullSecrets',
      'restartPolicy',
      'terminationGracePeriodSeconds',
      'dnsPolicy',
      'securityContext',
      'schedulerName',
    ]);
    // command and ports are Create Workload fields now (issue 16); a smuggled hostPort still must not arrive.
    const containerKeys = new Set([
      'name',
      'image',
      'imagePullPolicy',
      'command',
      'ports',
      'resources',
      'terminationMessagePath',
      'terminationMessagePolicy',
    ]);
    for (const deployment of made) {
      const pod = deployment.spec?.template.spec;
      expect(
        Object.keys(pod ?? {}).filter((k) => !podKeys.has(k)),
        deployment.metadata?.name,
      ).toEqual([]);
      expect(pod?.securityContext ?? {}).toEqual({});
      for (const c of pod?.containers ?? []) {
        expect(
          Object.keys(c).filter((k) => !containerKeys.has(k)),
          deployment.metadata?.name,
        ).toEqual([]);
        expect(c.resources ?? {}).toEqual({});
        expect((c.ports ?? []).filter((p) => p.hostPort !== undefined)).toEqual([]);
      }
      expect(deployment.spec?.template.metadata?.labels).toEqual({ app: deployment.metadata?.name });
      expect(deployment.metadata?.annotations?.smuggled).toBeUndefined();
      expect(deployment.metadata?.namespace).toBe(namespace.name);
    }
  });
});
