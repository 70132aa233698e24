import type { V1Deployment, V1PodTemplateSpec } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { toDeploymentDetail } from './deployment-detail';
import { podAccessOf } from './pod-access';

const template: V1PodTemplateSpec = {
  metadata: { labels: { role: 'postgres', tier: 'db' } },
  spec: {
    initContainers: [{ name: 'init', ports: [{ containerPort: 9 }] }],
    containers: [
      { name: 'pg', ports: [{ name: 'pg', containerPort: 5432, protocol: 'TCP' }] },
      { name: 'metrics', ports: [{ containerPort: 9187 }, { containerPort: 53, protocol: 'UDP' }] },
      { name: 'plain' },
    ],
  },
};

describe('podAccessOf', () => {
  it("gives the pod template's labels and its containers' ports (not init containers', which serve none)", () => {
    expect(podAccessOf(template)).toEqual({
      podLabels: { role: 'postgres', tier: 'db' },
      containerPorts: [
        { containerPort: 5432, protocol: 'TCP', name: 'pg' },
        { containerPort: 9187, protocol: 'TCP' },
        { containerPort: 53, protocol: 'UDP' },
      ],
    });
  });

  it('gives nothing for a template with no labels or ports', () => {
    expect(podAccessOf(undefined)).toEqual({ podLabels: {}, containerPorts: [] });
    expect(podAccessOf({ spec: { containers: [{ name: 'c' }] } })).toEqual({ podLabels: {}, containerPorts: [] });
  });

  it("is on a Deployment's detail, so its Access section matches Services against its real pod labels", () => {
    const deployment: V1Deployment = { metadata: { name: 'db', uid: 'd1' }, spec: { selector: {}, template } };
    expect(toDeploymentDetail(deployment, [], [], [])).toMatchObject({
      podLabels: { role: 'postgres', tier: 'db' },
      containerPorts: [{ containerPort: 5432 }, { containerPort: 9187 }, { containerPort: 53 }],
    });
  });
});
