// Rich Create Workload forms of every kind for the kubectl parity test: init containers, quotas, every env source,
// command and args, ports, every probe type, labels and annotations, every strategy, the access and headless Services.
import {
  workloadForm,
  type ContainerFormInput,
  type CronJobApiVersion,
  type WorkloadForm,
  type WorkloadFormInput,
} from '@berth/contracts';
import { kubectl } from './cluster';

/** Discovery, as the create form uses it: batch/v1 CronJobs from 1.21, batch/v1beta1 on 1.20. */
export async function servedCronJobApiVersion(): Promise<CronJobApiVersion> {
  const batchV1 = await kubectl(['get', '--raw', '/apis/batch/v1']);
  return batchV1.includes('"cronjobs"') ? 'batch/v1' : 'batch/v1beta1';
}

/** Text that YAML 1.1 (kubectl) or 1.2 may read as a boolean, number, null, timestamp or something else than text. */
export const ambiguousText = [
  ...['on', 'On', 'ON', 'off', 'yes', 'Yes', 'no', 'NO', 'y', 'Y', 'n', 'N', 'true', 'False', 'TRUE'],
  ...['~', 'null', 'Null', 'NULL', '', '0x1F', '0X1f', '1e3', '1E3', '.5', '-.5', '+1', '-2', '08', '0o17', '017'],
  ...['0b101', '-0b1', '1_000', '-_3', '.inf', '-.Inf', '+.INF', '.NaN', 'nan', 'NaN', 'inf', 'Infinity', '0'],
  ...['1.0', '2001-12-14', '2001-12-14t21:59:43.10-05:00', '1:20', '190:20:30', '=', '<<', '"quoted"', "'single'"],
  ...['#hash', 'a: b', '- x', '@at', '`tick', '%pct', '!tag', '&anchor', '*alias', '? q', '|', '>', '{a}', '[a]'],
  ...[
    'two\nlines',
    ' lead',
    'trail ',
    'tab\tin',
    'x #y',
    'ǅ',
    '\u2028',
    'a\u0085b',
    'c\u2029',
    '\ufeffbom',
    'a\u00a0b',
  ],
];

/** Label values (and keys) that kubectl's YAML reads as something else than text when they are plain. */
const ambiguousLabels = [
  ['on', 'yes'],
  ['y', 'n'],
  ['true', 'Off'],
  ['null', 'NULL'],
  ['1e3', '0x1F'],
  ['08', '0o17'],
  ['0b101', '1_000'],
  ['nan', 'inf'],
  ['example.com/on', '2001-12-14'],
  ['N', 'Y'],
] as const;

function container(name: string, withProbes: boolean): ContainerFormInput {
  return {
    name,
    image: '127.0.0.1:5000/janedoe/awesomeapp',
    tag: 'v1',
    imagePullPolicy: 'IfNotPresent',
    resources: { requests: { cpu: '250m', memory: '64Mi' }, limits: { cpu: '0.5', memory: '128Mi' } },
    env: [
      { source: 'value', name: 'GREETING', value: 'hello world' },
      { source: 'secretKey', name: 'TOKEN', secret: 'app-secret', key: 'token' },
      { source: 'configMapKey', name: 'MODE', configMap: 'app-config', key: 'mode.yaml' },
      ...ambiguousText.map((value, i) => ({ source: 'value' as const, name: `AMBIGUOUS_${i}`, value })),
    ],
    command: ['/bin/server', '--flag', 'on'],
    args: ['--port', '8080', 'yes', '1e3', '~'],
    ports: [
      { name: 'http', containerPort: 8080, protocol: 'TCP' },
      { name: 'metrics', containerPort: 9090, protocol: 'UDP' },
    ],
    ...(withProbes
      ? {
          livenessProbe: { type: 'httpGet', path: '/healthz', port: 8080, scheme: 'HTTP', initialDelaySeconds: 3 },
          readinessProbe: { type: 'tcpSocket', port: 8080, periodSeconds: 5, timeoutSeconds: 2, successThreshold: 2 },
          startupProbe: { type: 'exec', command: ['cat', '/tmp/ready', 'on'], failureThreshold: 30 },
        }
      : {}),
  };
}

const shared = (name: string, namespace: string) => ({
  name,
  namespace,
  labels: ambiguousLabels.map(([key, value]) => ({ key, value })),
  annotations: [
    ...ambiguousText.map((value, i) => ({ key: `parity.example.com/v${i}`, value })),
    ...['on', 'yes', '1e3', '0x1F', 'null', 'y'].map((key) => ({ key, value: key })),
  ],
  containers: [container('app', true), { name: 'sidecar', image: 'busybox', tag: '1.36', args: ['sleep', '1e3'] }],
  initContainers: [container('init', false), { name: 'init-2', image: 'busybox@sha256:' + 'ab'.repeat(32) }],
  imagePullSecrets: ['regcred', 'on'],
});

const jobSettings = { completions: 3, parallelism: 2, backoffLimit: 1, restartPolicy: 'OnFailure' } as const;

/** Every form of the parity test, in `namespace`; `nodePort` is the one fixed node port the NodePort Service asks for. */
export function parityForms(namespace: string, nodePort: number): WorkloadForm[] {
  const forms: WorkloadFormInput[] = [
    {
      kind: 'Deployment',
      ...shared('web', namespace),
      replicas: 2,
      strategy: { type: 'RollingUpdate', maxSurge: '30%', maxUnavailable: 0 },
      service: {
        name: 'web',
        type: 'NodePort',
        ports: [
          { name: 'http', protocol: 'TCP', port: 80, targetPort: 8080, nodePort },
          { name: 'metrics', protocol: 'UDP', port: 9090, targetPort: 9090 },
        ],
      },
    },
    {
      kind: 'Deployment',
      ...shared('recreate', namespace),
      strategy: { type: 'Recreate' },
      service: { name: 'recreate', type: 'ClusterIP', ports: [{ protocol: 'TCP', port: 80, targetPort: 8080 }] },
    },
    {
      kind: 'StatefulSet',
      ...shared('db', namespace),
      replicas: 3,
      updateStrategy: { type: 'RollingUpdate', partition: 1 },
      service: {
        name: 'db-client',
        type: 'ClusterIP',
        ports: [{ name: 'sql', protocol: 'TCP', port: 5432, targetPort: 8080 }],
      },
    },
    {
      kind: 'StatefulSet',
      ...shared('ondelete', namespace),
      serviceName: 'ondelete-peers',
      updateStrategy: { type: 'OnDelete' },
      service: { name: 'ondelete-hl', type: 'Headless', ports: [{ protocol: 'UDP', port: 53, targetPort: 9090 }] },
    },
    {
      kind: 'DaemonSet',
      ...shared('agent', namespace),
      updateStrategy: { type: 'RollingUpdate', maxUnavailable: '10%' },
    },
    { kind: 'DaemonSet', ...shared('agent-ondelete', namespace), updateStrategy: { type: 'OnDelete' } },
    { kind: 'Job', ...shared('batch', namespace), ...jobSettings },
    { kind: 'Job', ...shared('once', namespace) },
    {
      kind: 'CronJob',
      ...shared('nightly', namespace),
      schedule: '30 2 * * 1-5',
      concurrencyPolicy: 'Forbid',
      suspend: true,
      job: jobSettings,
    },
    { kind: 'CronJob', ...shared('yearly', namespace), schedule: '0 0 1 1 *', concurrencyPolicy: 'Replace' },
  ];
  return forms.map((form) => workloadForm.parse(form));
}
