import { describe, expect, it } from 'vitest';
import { deploymentPatch, imageCheckResult, registryCheckRequest, registryCheckResult, secretCreated, secretDetail, secretSummary, secretUpdateRequest } from './index';

const summary = { name: 's', namespace: 'ns', type: 'kubernetes.io/dockerconfigjson', dataCount: 1, created: '2026-01-01T00:00:00Z', registries: [{ server: 'r.io', username: 'u' }] };

describe('API response schemas cannot hold a password', () => {
  it.each([
    ['secretSummary', secretSummary, summary],
    ['secretCreated', secretCreated, { ...summary, warnings: [] }],
    ['secretDetail', secretDetail, { ...summary, usedBy: { deployments: [], serviceAccounts: [] } }],
  ])('%s rejects password, auth and data wherever they are put', (_name, schema, valid) => {
    expect(schema.parse(valid)).toEqual(valid);
    for (const extra of [{ password: 'p' }, { auth: 'YTpi' }, { data: { '.dockerconfigjson': 'e30=' } }]) {
      expect(schema.safeParse({ ...valid, ...extra }).success).toBe(false);
      expect(schema.safeParse({ ...valid, registries: [{ server: 'r.io', username: 'u', ...extra }] }).success).toBe(false);
    }
  });

  it('registry and image check results carry no credentials', () => {
    expect(registryCheckResult.safeParse({ server: 'r.io', outcome: 'ok', password: 'p' }).success).toBe(false);
    const image = { image: 'docker.io/library/nginx:latest', registry: 'docker.io', repository: 'library/nginx', reference: 'latest', outcome: 'ok' };
    expect(imageCheckResult.safeParse({ ...image, credential: { secret: 's', key: 'docker.io', username: 'u', password: 'p' } }).success).toBe(false);
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
});
