import { describe, expect, it } from 'vitest';
import { parseFieldPath, serviceFormPath, workloadFormPath } from './field-path';

describe('parseFieldPath', () => {
  it.each([
    ['spec.template.spec.containers[0].image', ['spec', 'template', 'spec', 'containers', 0, 'image']],
    ['metadata.labels[app.kubernetes.io/name]', ['metadata', 'labels', 'app.kubernetes.io/name']],
    ['', []],
  ])('%s', (path, segments) => {
    expect(parseFieldPath(path)).toEqual(segments);
  });
});

describe('workloadFormPath', () => {
  it.each([
    ['Deployment', 'metadata.name', 'name'],
    ['Deployment', 'spec.replicas', 'replicas'],
    ['Deployment', 'spec.template.spec.containers[0].image', 'containers.0.image'],
    ['Deployment', 'spec.template.spec.initContainers[1].name', 'initContainers.1.name'],
    ['Deployment', 'spec.template.spec.imagePullSecrets[0].name', 'imagePullSecrets.0'],
    ['Deployment', 'spec.strategy.rollingUpdate.maxSurge', 'strategy.maxSurge'],
    ['StatefulSet', 'spec.updateStrategy.rollingUpdate.partition', 'updateStrategy.partition'],
    ['StatefulSet', 'spec.serviceName', 'serviceName'],
    ['Job', 'spec.template.spec.restartPolicy', 'restartPolicy'],
    ['CronJob', 'spec.schedule', 'schedule'],
    ['CronJob', 'spec.jobTemplate.spec.template.spec.containers[0].image', 'containers.0.image'],
    ['CronJob', 'spec.jobTemplate.spec.backoffLimit', 'job.backoffLimit'],
    ['Deployment', 'spec.template.spec.containers[0].env[2].valueFrom.secretKeyRef.key', 'containers.0.env.2.key'],
    ['Deployment', 'spec.template.spec.containers[0].livenessProbe.httpGet.port', 'containers.0.livenessProbe.port'],
    ['Deployment', 'spec.template.spec.nodeSelector', undefined],
    ['Deployment', 'spec.selector', undefined],
  ])('%s %s → %s', (kind, path, formPath) => {
    expect(workloadFormPath(kind, path)).toBe(formPath);
  });
});

describe('serviceFormPath', () => {
  it.each([
    ['spec.ports[0].nodePort', 'service.ports.0.nodePort'],
    ['metadata.name', 'service.name'],
    ['spec.selector', undefined],
  ])('%s → %s', (path, formPath) => {
    expect(serviceFormPath(path)).toBe(formPath);
  });
});
