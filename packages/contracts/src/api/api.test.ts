import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { workloadForm } from '../workloads/workload-form';
import {
  deploymentPatch,
  imageCheckRequest,
  imageCheckResult,
  registryCheckRequest,
  registryCheckResult,
  secretCreated,
  secretDetail,
  secretSummary,
  secretUpdateRequest,
} from './index';

const summary = {
  name: 's',
  namespace: 'ns',
  type: 'kubernetes.io/dockerconfigjson',
  dataCount: 1,
  created: '2026-01-01T00:00:00Z',
  registries: [{ server: 'r.io', username: 'u' }],
};

describe('API response schemas cannot hold a password', () => {
  it.each([
    ['secretSummary', secretSummary, summary],
    ['secretCreated', secretCreated, { ...summary, warnings: [] }],
    ['secretDetail', secretDetail, { ...summary, usedBy: { deployments: [], serviceAccounts: [] } }],
  ])('%s rejects password, auth and data wherever they are put', (_name, schema, valid) => {
    expect(schema.parse(valid)).toEqual(valid);
    for (const extra of [{ password: 'p' }, { auth: 'YTpi' }, { data: { '.dockerconfigjson': 'e30=' } }]) {
      expect(schema.safeParse({ ...valid, ...extra }).success).toBe(false);
      expect(schema.safeParse({ ...valid, registries: [{ server: 'r.io', username: 'u', ...extra }] }).success).toBe(
        false,
      );
    }
  });

  it('registry and image check results carry no credentials', () => {
    expect(registryCheckResult.safeParse({ server: 'r.io', outcome: 'ok', password: 'p' }).success).toBe(false);
    const image = {
      image: 'docker.io/library/nginx:latest',
      registry: 'docker.io',
      repository: 'library/nginx',
      reference: 'latest',
      outcome: 'ok',
    };
    expect(
      imageCheckResult.safeParse({
        ...image,
        credential: { secret: 's', key: 'docker.io', username: 'u', password: 'p' },
      }).success,
    ).toBe(false);
  });
});

describe('API request schemas', () => {
  it('lets an edit leave a password out, but not a check', () => {
    expect(secretUpdateRequest.safeParse({ registries: [{ server: 'r.io', username: 'u' }] }).success).toBe(true);
    expect(registryCheckRequest.safeParse({ server: 'r.io', username: 'u' }).success).toBe(false);
    expect(registryCheckRequest.safeParse({ server: 'not a host', username: 'u', password: 'p' }).success).toBe(false);
  });

  it('a patch must change something', () => {
    expect(deploymentPatch.safeParse({}).success).toBe(false);
    expect(deploymentPatch.safeParse({ replicas: 2 }).success).toBe(true);
    expect(deploymentPatch.safeParse({ replicas: -1 }).success).toBe(false);
  });

  it.each([
    ['image.image', { image: { image: 'not a valid image!!' } }],
    ['image.image', { image: { image: 'nginx\u0000' } }],
    ['image.image', { image: { image: 'Bad/Image' } }],
    ['image.image', { image: { image: ' ' } }],
    ['image.container', { image: { container: '../x', image: 'nginx' } }],
    ['imagePullSecrets.0', { imagePullSecrets: ['../../x'] }],
    ['imagePullSecrets.0', { imagePullSecrets: ['A B'] }],
    ['imagePullSecrets.0', { imagePullSecrets: ['\u202e'] }],
    ['imagePullSecrets.1', { imagePullSecrets: ['a', 'a'] }],
    ['replicas', { replicas: 1.5 }],
  ])('a patch refuses what Create Workload refuses, at %s: %j', (path, patch) => {
    expect(deploymentPatch.safeParse(patch).error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it.each(['.', '..', '../x', 'a/b', 'A B', ''])(
    'an image check refuses %j as a pull secret name (it would become a URL path)',
    (name) => {
      const request = imageCheckRequest.safeParse({ image: 'nginx', imagePullSecrets: [name] });
      expect(request.error?.issues[0]?.path).toEqual(['imagePullSecrets', 0]);
    },
  );

  it('a patch takes an image and pull secrets exactly as Create Workload does', () => {
    const form = (image: string, imagePullSecrets: string[]) =>
      workloadForm.safeParse({ name: 'w', namespace: 'ns', containers: [{ name: 'c', image }], imagePullSecrets });
    const image = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('nginx', ' nginx', 'nginx\u0000', 'r.io:5000/a/b:v1', 'a@sha256:' + 'a'.repeat(64)),
    );
    const secrets = fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('pull', 'a.b', '..', 'A B')), {
      maxLength: 3,
    });
    fc.assert(
      fc.property(image, secrets, (value, names) => {
        const created = form(value, names);
        const patched = deploymentPatch.safeParse({ image: { image: value }, imagePullSecrets: names });
        expect(patched.success).toBe(created.success);
        if (created.success) expect(patched.data?.image?.image).toBe(created.data.containers[0]?.image);
      }),
    );
  });
});
