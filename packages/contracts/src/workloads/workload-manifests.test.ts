import { describe, expect, it } from 'vitest';
import { workloadForm } from './workload-form';
import { toWorkloadManifests } from './workload-manifests';
import { toWorkloadYaml } from './workload-yaml';

const shared = {
  name: 'web',
  namespace: 'team-a',
  labels: [{ key: 'tier', value: 'front' }],
  annotations: [{ key: 'example.com/owner', value: 'jane' }],
  containers: [{ name: 'app', image: 'nginx', tag: '1.25' }],
  imagePullSecrets: ['regcred'],
};
const manifests = (value: Record<string, unknown>, options = {}) =>
  toWorkloadManifests(workloadForm.parse({ ...shared, ...value }), options);
const template = {
  metadata: { labels: { app: 'web', tier: 'front' } },
  spec: {
    containers: [{ name: 'app', image: 'nginx:1.25', imagePullPolicy: 'Always' }],
    imagePullSecrets: [{ name: 'regcred' }],
  },
};
const metadata = {
  name: 'web',
  namespace: 'team-a',
  labels: { tier: 'front' },
  annotations: { 'example.com/owner': 'jane' },
};

describe('toWorkloadManifests', () => {
  it('writes a StatefulSet with serviceName and its headless Service, selecting app: <name>', () => {
    expect(
      manifests({ kind: 'StatefulSet', replicas: 3, updateStrategy: { type: 'RollingUpdate', partition: 1 } }),
    ).toStrictEqual([
      {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata,
        spec: {
          replicas: 3,
          serviceName: 'web-headless',
          selector: { matchLabels: { app: 'web' } },
          updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1 } },
          template,
        },
      },
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'web-headless', namespace: 'team-a', labels: { app: 'web' } },
        spec: { clusterIP: 'None', selector: { app: 'web' } },
      },
    ]);
  });

  it('writes a DaemonSet with its update strategy', () => {
    expect(
      manifests({ kind: 'DaemonSet', updateStrategy: { type: 'RollingUpdate', maxUnavailable: '10%' } }),
    ).toStrictEqual([
      {
        apiVersion: 'apps/v1',
        kind: 'DaemonSet',
        metadata,
        spec: {
          selector: { matchLabels: { app: 'web' } },
          updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '10%' } },
          template,
        },
      },
    ]);
  });

  it('writes a Job without a selector (the API server makes one) and with the chosen restart policy', () => {
    expect(
      manifests({ kind: 'Job', completions: 3, parallelism: 2, backoffLimit: 1, restartPolicy: 'OnFailure' }),
    ).toStrictEqual([
      {
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata,
        spec: {
          completions: 3,
          parallelism: 2,
          backoffLimit: 1,
          template: { ...template, spec: { ...template.spec, restartPolicy: 'OnFailure' } },
        },
      },
    ]);
  });

  it('writes a CronJob as batch/v1, or batch/v1beta1 for a 1.20 server', () => {
    const cronJob = { kind: 'CronJob', schedule: '*/5 * * * *', concurrencyPolicy: 'Forbid', suspend: true };
    const [v1] = manifests(cronJob);
    expect(v1).toStrictEqual({
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata,
      spec: {
        schedule: '*/5 * * * *',
        concurrencyPolicy: 'Forbid',
        suspend: true,
        jobTemplate: {
          metadata: { labels: { app: 'web' } },
          spec: {
            completions: 1,
            parallelism: 1,
            backoffLimit: 6,
            template: { ...template, spec: { ...template.spec, restartPolicy: 'Never' } },
          },
        },
      },
    });
    expect(manifests(cronJob, { cronJobApiVersion: 'batch/v1beta1' })[0]?.apiVersion).toBe('batch/v1beta1');
  });

  it('writes a Recreate Deployment and its access Service, selecting app: <name>', () => {
    const service = { name: 'web-svc', type: 'NodePort', ports: [{ port: 80, targetPort: 8080, nodePort: 30080 }] };
    const [deployment, access] = manifests({ strategy: { type: 'Recreate' }, service });
    expect(deployment).toMatchObject({ kind: 'Deployment', spec: { strategy: { type: 'Recreate' } } });
    expect(access).toStrictEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web-svc', namespace: 'team-a' },
      spec: {
        type: 'NodePort',
        selector: { app: 'web' },
        ports: [{ protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 30080 }],
      },
    });
  });

  it('writes every container setting in the pod spec, init containers first', () => {
    const [deployment] = manifests({
      containers: [
        {
          name: 'app',
          image: 'nginx',
          imagePullPolicy: 'IfNotPresent',
          resources: { requests: { cpu: '250m', memory: '' }, limits: { cpu: '0.5', memory: '1Gi' } },
          env: [
            { source: 'value', name: 'MODE', value: 'n' },
            { source: 'secretKey', name: 'PASSWORD', secret: 'db', key: 'password' },
            { source: 'configMapKey', name: 'CONF', configMap: 'settings', key: 'app.conf' },
          ],
          command: ['nginx'],
          args: ['-g', 'daemon off;'],
          ports: [
            { name: 'http', containerPort: 80 },
            { containerPort: 53, protocol: 'UDP' },
          ],
          livenessProbe: { type: 'httpGet', path: '/healthz', port: 80, periodSeconds: 5 },
          readinessProbe: { type: 'exec', command: ['cat', '/tmp/ready'] },
        },
      ],
      initContainers: [{ name: 'setup', image: 'busybox', command: ['true'] }],
    });
    const spec = (deployment as { spec: { template: { spec: Record<string, unknown> } } }).spec.template.spec;
    expect(spec.initContainers).toStrictEqual([
      { name: 'setup', image: 'busybox', imagePullPolicy: 'Always', command: ['true'] },
    ]);
    expect(spec.containers).toStrictEqual([
      {
        name: 'app',
        image: 'nginx',
        imagePullPolicy: 'IfNotPresent',
        command: ['nginx'],
        args: ['-g', 'daemon off;'],
        env: [
          { name: 'MODE', value: 'n' },
          { name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
          { name: 'CONF', valueFrom: { configMapKeyRef: { name: 'settings', key: 'app.conf' } } },
        ],
        ports: [
          { name: 'http', containerPort: 80, protocol: 'TCP' },
          { containerPort: 53, protocol: 'UDP' },
        ],
        resources: { requests: { cpu: '250m' }, limits: { cpu: '0.5', memory: '1Gi' } },
        livenessProbe: { httpGet: { path: '/healthz', port: 80, scheme: 'HTTP' }, periodSeconds: 5 },
        readinessProbe: { exec: { command: ['cat', '/tmp/ready'] } },
      },
    ]);
  });

  it("quotes strings kubectl's YAML (1.1, Go's yaml.v2) would read as booleans or numbers", () => {
    const yaml = toWorkloadYaml(
      workloadForm.parse({
        ...shared,
        imagePullSecrets: ['n'],
        containers: [
          {
            name: 'app',
            image: 'nginx',
            env: [
              { source: 'value', name: 'A', value: 'yes' },
              { source: 'secretKey', name: 'B', secret: 's', key: '-_3' },
            ],
            args: ['0755', 'on', '1_000'],
          },
        ],
      }),
    );
    expect(yaml).toContain('- name: "n"');
    expect(yaml).toContain('value: "yes"');
    expect(yaml).toContain('- "0755"\n            - "on"\n            - "1_000"');
    // Go's yaml.v2 drops '_' and reads -_3 as the integer -3.
    expect(yaml).toContain('key: "-_3"');
  });
});
