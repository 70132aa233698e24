import { describe, expect, it } from 'vitest';
import { kubectlYamlOptions } from '@berth/contracts';
import { parseAllDocuments } from 'yaml';
import { keepYamlOnlyFields, yamlOnlyFields } from './yaml-overlay';

const before = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  template:
    spec:
      nodeSelector:
        disk: ssd
      containers:
        - name: web
          image: nginx
          securityContext:
            privileged: true
`;
const after = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports:
    - port: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: web
          image: nginx
`;

const docs = (text: string) => parseAllDocuments(text).map((d) => d.toJS() as unknown);

describe('keepYamlOnlyFields', () => {
  it('keeps a kept field meaning what kubectl read in it: 010 is octal 8, yes a boolean', () => {
    const text = before.replace('  replicas: 1\n', '  replicas: 1\n  minReadySeconds: 010\n  paused: yes\n');
    const kept = [
      { document: 0, path: 'spec.minReadySeconds' },
      { document: 0, path: 'spec.paused' },
    ];
    const merged = keepYamlOnlyFields(text, after, kept);
    const deployment = parseAllDocuments(merged, kubectlYamlOptions)[1]?.toJS() as unknown;
    expect(deployment).toMatchObject({ spec: { minReadySeconds: 8, paused: true, replicas: 3 } });
  });

  it('puts fields the form cannot show back into the matching document, and takes the rest from the form', () => {
    const merged = keepYamlOnlyFields(before, after, [
      { document: 0, path: 'spec.template.spec.nodeSelector' },
      { document: 0, path: 'spec.template.spec.containers[0].securityContext' },
      { document: 0, path: 'spec.replicas' },
    ]);
    const [service, deployment] = docs(merged);
    expect(service).toEqual(docs(after)[0]);
    expect(deployment).toMatchObject({
      spec: {
        replicas: 3,
        template: {
          spec: {
            nodeSelector: { disk: 'ssd' },
            containers: [{ name: 'web', image: 'nginx', securityContext: { privileged: true } }],
          },
        },
      },
    });
  });

  it('leaves the generated text untouched when nothing is kept', () => {
    expect(keepYamlOnlyFields(before, after, [])).toBe(after);
  });
});

describe('yamlOnlyFields', () => {
  it('keeps the reported fields the form would leave out, not those it writes itself', () => {
    const reported = [
      { document: 0, path: 'spec.template.spec.nodeSelector' },
      { document: 0, path: 'spec.replicas' },
      { document: 0, path: 'spec.template.spec.tolerations' },
      { document: 0, path: '' },
    ];
    expect(yamlOnlyFields(before, after, reported)).toEqual([reported[0]]);
  });
});
