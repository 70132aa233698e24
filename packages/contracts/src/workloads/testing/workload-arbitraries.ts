// fast-check arbitraries of valid Create Workload forms, for the property tests and the API server's dry run.
import fc from 'fast-check';
import { workloadForm, type WorkloadForm, type WorkloadFormInput } from '../workload-form';
import { workloadKinds, type WorkloadKind } from '../workload-kinds';

const name = fc.stringMatching(/^[a-z]([a-z0-9-]{0,8}[a-z0-9])?$/);
const imageRefs = ['nginx', '127.0.0.1:5000/team/app', 'www.example.com/janedoe/awesomeapp', 'busybox'];
const digest = `busybox@sha256:${'ab'.repeat(32)}`;
const cpu = ['100m', '250m', '0.5', '1', '2'];
const memory = ['64Mi', '128974848', '128Mi', '500M', '1Gi'];

/** A request and a limit no smaller than it, either possibly unset. */
function amounts(ladder: readonly string[]) {
  return fc
    .tuple(fc.integer({ min: 0, max: ladder.length - 1 }), fc.integer({ min: 0, max: ladder.length - 1 }))
    .chain(([a, b]) =>
      fc.record({
        request: fc.option(fc.constant(ladder[Math.min(a, b)]), { nil: undefined }),
        limit: fc.option(fc.constant(ladder[Math.max(a, b)]), { nil: undefined }),
      }),
    );
}

const timing = fc.record(
  {
    initialDelaySeconds: fc.integer({ min: 0, max: 60 }),
    periodSeconds: fc.integer({ min: 1, max: 60 }),
    timeoutSeconds: fc.integer({ min: 1, max: 10 }),
    failureThreshold: fc.integer({ min: 1, max: 10 }),
  },
  { requiredKeys: [] },
);

const port = fc.integer({ min: 1, max: 65535 });
const probe = fc
  .oneof(
    fc.record({
      type: fc.constant('httpGet' as const),
      path: fc.constantFrom('/', '/healthz', '/ready?x=1'),
      port,
      scheme: fc.constantFrom('HTTP' as const, 'HTTPS' as const),
    }),
    fc.record({ type: fc.constant('tcpSocket' as const), port }),
    fc.record({
      type: fc.constant('exec' as const),
      command: fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 3 }),
    }),
  )
  .chain((p) => timing.map((t) => ({ ...p, ...t })));
const optionalProbe = fc.option(probe, { nil: undefined });

// A ConfigMap or Secret key: no directory change ('.', '..x').
const dataKey = fc.stringMatching(/^[-._a-zA-Z0-9]{1,8}$/).filter((k) => k !== '.' && !k.startsWith('..'));
const envVar = fc.oneof(
  fc.record({ source: fc.constant('value' as const), value: fc.string({ maxLength: 12 }) }),
  fc.record({
    source: fc.constant('secretKey' as const),
    secret: name,
    key: dataKey,
  }),
  fc.record({
    source: fc.constant('configMapKey' as const),
    configMap: name,
    key: dataKey,
  }),
);

function container(probes: boolean) {
  return fc.record({
    image: fc.oneof(
      fc.record({ image: fc.constantFrom(...imageRefs), tag: fc.constantFrom(undefined, 'v1', '1.25', 'latest') }),
      fc.constant({ image: digest, tag: undefined }),
    ),
    imagePullPolicy: fc.constantFrom('Always' as const, 'IfNotPresent' as const, 'Never' as const),
    cpu: amounts(cpu),
    memory: amounts(memory),
    env: fc.uniqueArray(fc.tuple(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,8}$/), envVar), {
      selector: ([n]) => n,
      maxLength: 3,
    }),
    command: fc.array(fc.string({ maxLength: 10 }), { maxLength: 2 }),
    args: fc.array(fc.string({ maxLength: 10 }), { maxLength: 2 }),
    ports: fc
      .uniqueArray(port, { maxLength: 3 })
      .chain((numbers) =>
        fc.tuple(
          ...numbers.map((n, i) =>
            fc
              .record({ named: fc.boolean(), protocol: fc.constantFrom('TCP' as const, 'UDP' as const) })
              .map((p) => ({ containerPort: n, protocol: p.protocol, ...(p.named ? { name: `port-${i}` } : {}) })),
          ),
        ),
      ),
    livenessProbe: probes ? optionalProbe : fc.constant(undefined),
    readinessProbe: probes ? optionalProbe.map((p) => (p ? { ...p, successThreshold: 2 } : p)) : fc.constant(undefined),
    startupProbe: probes ? optionalProbe : fc.constant(undefined),
  });
}

type GeneratedContainer = typeof container extends (p: boolean) => fc.Arbitrary<infer C> ? C : never;

function toContainerInput(c: GeneratedContainer, containerName: string) {
  const requests = {
    ...(c.cpu.request ? { cpu: c.cpu.request } : {}),
    ...(c.memory.request ? { memory: c.memory.request } : {}),
  };
  const limits = {
    ...(c.cpu.limit ? { cpu: c.cpu.limit } : {}),
    ...(c.memory.limit ? { memory: c.memory.limit } : {}),
  };
  const probes = Object.fromEntries(
    (['livenessProbe', 'readinessProbe', 'startupProbe'] as const).flatMap((k) => (c[k] ? [[k, c[k]]] : [])),
  );
  return {
    name: containerName,
    image: c.image.image,
    ...(c.image.tag === undefined ? {} : { tag: c.image.tag }),
    imagePullPolicy: c.imagePullPolicy,
    resources: { requests, limits },
    env: c.env.map(([envName, v]) => ({ name: envName, ...v })),
    command: c.command,
    args: c.args,
    ports: c.ports,
    ...probes,
  };
}

const labelKey = fc
  .tuple(
    fc.constantFrom('', 'example.com/', 'berth.io/'),
    fc.stringMatching(/^[a-zA-Z0-9]([-a-zA-Z0-9_.]{0,5}[a-zA-Z0-9])?$/),
  )
  .map(([prefix, key]) => prefix + key)
  .filter((key) => key !== 'app');
const labelValue = fc.stringMatching(/^([A-Za-z0-9]([-A-Za-z0-9_.]{0,5}[A-Za-z0-9])?)?$/);
const percentOrCount = fc.oneof(
  fc.integer({ min: 0, max: 3 }),
  fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
);
const schedules = [
  '*/5 * * * *',
  '0 3 * * 1-5',
  '@hourly',
  '@daily',
  '15 2 1,15 * *',
  '0 0 * JAN,JUL SUN',
  '30 6 ? * mon',
];
const jobSettings = fc.record({
  completions: fc.integer({ min: 1, max: 5 }),
  parallelism: fc.integer({ min: 1, max: 3 }),
  backoffLimit: fc.integer({ min: 0, max: 6 }),
  restartPolicy: fc.constantFrom('Never' as const, 'OnFailure' as const),
});

function perKind(kind: WorkloadKind) {
  switch (kind) {
    case 'Deployment':
      return fc.record({
        replicas: fc.integer({ min: 0, max: 5 }),
        strategy: fc.oneof(
          fc
            .record({
              type: fc.constant('RollingUpdate' as const),
              maxSurge: percentOrCount,
              maxUnavailable: percentOrCount,
            })
            // The API server refuses both 0.
            .filter(
              ({ maxSurge, maxUnavailable }) =>
                parseInt(String(maxSurge), 10) + parseInt(String(maxUnavailable), 10) > 0,
            ),
          fc.constant({ type: 'Recreate' as const }),
        ),
      });
    case 'StatefulSet':
      return fc.record({
        replicas: fc.integer({ min: 0, max: 5 }),
        serviceName: fc.constantFrom('', 'hl-db'),
        updateStrategy: fc.oneof(
          fc.record({ type: fc.constant('RollingUpdate' as const), partition: fc.integer({ min: 0, max: 5 }) }),
          fc.constant({ type: 'OnDelete' as const }),
        ),
      });
    case 'DaemonSet':
      return fc.record({
        updateStrategy: fc.oneof(
          fc.record({
            type: fc.constant('RollingUpdate' as const),
            maxUnavailable: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constantFrom('10%', '100%')),
          }),
          fc.constant({ type: 'OnDelete' as const }),
        ),
      });
    case 'Job':
      return jobSettings;
    case 'CronJob':
      return fc.record({
        schedule: fc.constantFrom(...schedules),
        concurrencyPolicy: fc.constantFrom('Allow' as const, 'Forbid' as const, 'Replace' as const),
        suspend: fc.boolean(),
        job: jobSettings,
      });
  }
}

const service = fc.option(
  fc
    .record({
      type: fc.constantFrom('ClusterIP' as const, 'NodePort' as const, 'Headless' as const),
      ports: fc.uniqueArray(fc.tuple(port, port), { selector: ([p]) => p, minLength: 1, maxLength: 2 }),
    })
    .map(({ type, ports }) => ({
      name: 'access',
      type,
      ports: ports.map(([p, target], i) => ({
        ...(ports.length > 1 ? { name: `p${i}` } : {}),
        protocol: 'TCP' as const,
        port: p,
        targetPort: target,
      })),
    })),
  { nil: undefined },
);

/** Input of the form for `kind`, valid by construction, in `namespace`. */
export function workloadFormInput(kind: WorkloadKind, namespace = 'default'): fc.Arbitrary<WorkloadFormInput> {
  return fc
    .record({
      name,
      containers: fc.array(container(true), { minLength: 1, maxLength: 2 }),
      initContainers: fc.array(container(false), { maxLength: 1 }),
      labels: fc.uniqueArray(fc.record({ key: labelKey, value: labelValue }), { selector: (l) => l.key, maxLength: 3 }),
      annotations: fc.uniqueArray(fc.record({ key: labelKey, value: fc.string({ maxLength: 12 }) }), {
        selector: (a) => a.key,
        maxLength: 2,
      }),
      imagePullSecrets: fc.uniqueArray(name, { maxLength: 2 }),
      service,
      specific: perKind(kind),
    })
    .map(({ containers, initContainers, service: access, specific, ...rest }) => ({
      kind,
      ...rest,
      namespace,
      containers: containers.map((c, i) => toContainerInput(c, `c${i}`)),
      initContainers: initContainers.map((c, i) => toContainerInput(c, `init${i}`)),
      ...(access ? { service: access } : {}),
      ...specific,
    })) as fc.Arbitrary<WorkloadFormInput>;
}

/** A valid form of any kind, as `workloadForm` outputs it. */
export function validWorkloadForm(
  kinds: readonly WorkloadKind[] = workloadKinds,
  namespace = 'default',
): fc.Arbitrary<WorkloadForm> {
  return fc
    .constantFrom(...kinds)
    .chain((kind) => workloadFormInput(kind, namespace))
    .map((input) => workloadForm.parse(input));
}
