import { describe, expect, it } from 'vitest';
import { apiFieldError } from './errors';
import { streamMessage } from './stream';
import { cronJobPatch, daemonSetPatch, jobPatch, statefulSetPatch } from './workload-patch';

const pod = { name: 'web-0', phase: 'Pending', created: '2026-01-01T00:00:00Z', containers: [] };

describe('the four new workload kinds in the API', () => {
  it('pod messages may name their owner of any workload kind, and only those kinds', () => {
    const message = { kind: 'pod', type: 'added', object: pod, owner: { kind: 'StatefulSet', name: 'web' } };
    expect(streamMessage.safeParse(message).success).toBe(true);
    expect(streamMessage.safeParse({ ...message, owner: { kind: 'ReplicaSet', name: 'web' } }).success).toBe(false);
  });

  it('a field error may say which YAML document it belongs to', () => {
    expect(apiFieldError.safeParse({ path: 'spec.ports[0].port', message: 'm', document: 1 }).success).toBe(true);
    expect(apiFieldError.safeParse({ path: 'p', message: 'm', document: -1 }).success).toBe(false);
  });

  it.each([
    ['StatefulSet', statefulSetPatch, { replicas: 2 }, { suspend: true }],
    ['DaemonSet', daemonSetPatch, { imagePullSecrets: ['pull'] }, { replicas: 2 }],
    ['Job', jobPatch, { parallelism: 2 }, { image: { image: 'nginx' } }],
    ['CronJob', cronJobPatch, { suspend: true }, { replicas: 2 }],
  ])('a %s patch takes what applies to the kind and refuses the rest', (_kind, schema, valid, refused) => {
    expect(schema.safeParse(valid).success).toBe(true);
    expect(schema.safeParse(refused).success).toBe(false);
    expect(schema.safeParse({}).success).toBe(false);
  });
});
