import { describe, expect, it } from 'vitest';
import { fromWorkloadYaml } from './from-workload-yaml';

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: team-a
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: nginx
          image: nginx:1.25
`;

describe('fromWorkloadYaml', () => {
  it('keeps a date-like annotation as the text kubectl keeps (yaml.v2 resolves no timestamps)', () => {
    const text = deployment.replace(
      '  namespace: team-a\n',
      '  namespace: team-a\n  annotations:\n    released: 2001-12-14\n',
    );
    const { form, problems } = fromWorkloadYaml(text);
    expect(problems).toEqual([]);
    expect(form?.annotations).toEqual([{ key: 'released', value: '2001-12-14' }]);
  });

  it('reads kubectl-style YAML with server defaults left out, filling what the API server would', () => {
    const { form, problems } = fromWorkloadYaml(deployment);
    expect(problems).toEqual([]);
    expect(form).toMatchObject({
      kind: 'Deployment',
      name: 'web',
      namespace: 'team-a',
      replicas: 2,
      strategy: { type: 'RollingUpdate', maxSurge: '25%', maxUnavailable: '25%' },
      // A tagged image without a pull policy is IfNotPresent, as the API server defaults it.
      containers: [{ name: 'nginx', image: 'nginx', tag: '1.25', imagePullPolicy: 'IfNotPresent' }],
    });
  });

  it('takes the namespace from the page when the YAML names none', () => {
    const { form } = fromWorkloadYaml(deployment.replace('  namespace: team-a\n', ''), { namespace: 'dev' });
    expect(form?.namespace).toBe('dev');
  });

  it.each<[string, string, { document?: number; path: string; message: string }[]]>([
    [
      'a field the form has no place for',
      deployment.replace('      containers:', '      hostNetwork: true\n      containers:'),
      [
        {
          document: 0,
          path: 'spec.template.spec.hostNetwork',
          message: 'the form has no field for this; it is kept only while you edit the YAML',
        },
      ],
    ],
    [
      'a container field the form has no place for',
      deployment.replace('          image: nginx:1.25', '          image: nginx:1.25\n          workingDir: /srv'),
      [
        {
          document: 0,
          path: 'spec.template.spec.containers[0].workingDir',
          message: 'the form has no field for this; it is kept only while you edit the YAML',
        },
      ],
    ],
    [
      'a selector other than app: <name>',
      deployment.replace('      app: web\n  template', '      app: web\n      tier: front\n  template'),
      [{ document: 0, path: 'spec.selector.matchLabels', message: 'the form selects pods by app: web only' }],
    ],
    [
      'pod labels other than the workload’s',
      deployment.replace('        app: web\n    spec', '        app: web\n        extra: x\n    spec'),
      [
        {
          document: 0,
          path: 'spec.template.metadata.labels',
          message: "the form gives the pods the workload's labels and app: <name>",
        },
      ],
    ],
    [
      'a named probe port',
      deployment.replace(
        '          image: nginx:1.25',
        '          image: nginx:1.25\n          livenessProbe:\n            tcpSocket:\n              port: http',
      ),
      [
        {
          document: 0,
          path: 'spec.template.spec.containers[0].livenessProbe.tcpSocket.port',
          message: 'must be a number, not a string',
        },
      ],
    ],
    [
      'an env value kubectl reads as a boolean (YAML 1.1)',
      deployment.replace(
        '          image: nginx:1.25',
        '          image: nginx:1.25\n          env:\n            - name: A\n              value: yes',
      ),
      [{ document: 0, path: 'spec.template.spec.containers[0].env[0].value', message: 'must be text, not a boolean' }],
    ],
    [
      'a status, as kubectl get -o yaml shows it',
      `${deployment}status:\n  replicas: 2\n`,
      [
        {
          document: 0,
          path: 'status',
          message: 'the form has no field for this; it is kept only while you edit the YAML',
        },
      ],
    ],
    [
      'a second access Service',
      `${deployment}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n      targetPort: 80\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: b\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 81\n      targetPort: 81\n`,
      [{ document: 2, path: '', message: 'the form holds one access Service; this one would be lost' }],
    ],
    [
      'a ConfigMap beside the workload',
      `${deployment}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n`,
      [{ document: 1, path: 'kind', message: 'the form holds one workload and its Services, not a ConfigMap' }],
    ],
    [
      'a CronJob apiVersion the server does not know',
      'apiVersion: batch/v2alpha1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "@daily"\n',
      [{ document: 0, path: 'apiVersion', message: 'must be batch/v1 or batch/v1beta1 for a CronJob' }],
    ],
  ])('reports %s with its document and path', (_, text, expected) => {
    const { form, problems } = fromWorkloadYaml(text);
    expect(problems).toEqual(expected);
    expect(form).toBeDefined();
  });

  it.each([
    [
      'no workload',
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n',
      { path: '', message: 'no Deployment, StatefulSet, DaemonSet, Job or CronJob here' },
    ],
    [
      'two workloads',
      `${deployment}---\n${deployment}`,
      { document: 1, path: 'kind', message: 'the form holds one workload; put the others in YAML of their own' },
    ],
    ['broken YAML', 'kind: [', { document: 0, path: '' }],
  ])('gives no form for %s', (_, text, problem) => {
    const { form, problems } = fromWorkloadYaml(text);
    expect(form).toBeUndefined();
    expect(problems[0]).toMatchObject(problem);
  });

  it("reads a StatefulSet's headless Service as its serviceName and another Service as the access Service", () => {
    const text = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db-hl
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: db
          image: postgres
---
apiVersion: v1
kind: Service
metadata:
  name: db-hl
  labels:
    app: db
spec:
  clusterIP: None
  selector:
    app: db
---
apiVersion: v1
kind: Service
metadata:
  name: db-access
spec:
  type: NodePort
  selector:
    app: db
  ports:
    - port: 5432
      targetPort: 5432
      nodePort: 30432
`;
    const { form, problems } = fromWorkloadYaml(text, { namespace: 'data' });
    expect(problems).toEqual([]);
    expect(form).toMatchObject({
      kind: 'StatefulSet',
      serviceName: 'db-hl',
      service: {
        name: 'db-access',
        type: 'NodePort',
        ports: [{ protocol: 'TCP', port: 5432, targetPort: 5432, nodePort: 30432 }],
      },
    });
  });
});
