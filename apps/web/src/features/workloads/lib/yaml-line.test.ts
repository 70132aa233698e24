import { describe, expect, it } from 'vitest';
import { yamlLineOf } from './yaml-line';

const text = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports:
    - port: 80
      nodePort: 99999
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          image: nginx
          securityContext:
            privileged: true
`;

describe('yamlLineOf', () => {
  it.each([
    [0, 'spec.ports[0].nodePort', 8],
    [0, 'spec.ports[0]', 7],
    [1, 'metadata.name', 13],
    [1, 'spec.template.spec.containers[0].image', 19],
    [1, 'spec.template.spec.containers[0].securityContext.privileged', 21],
    [1, 'spec.template.spec.containers[0].resources.limits', 18],
    [1, 'spec.selector', 14],
    [1, '', 10],
    [5, 'spec', 1],
  ])('document %i, %s → line %i', (document, path, line) => {
    expect(yamlLineOf(text, document, path)).toBe(line);
  });
});
