import type { SecretSummary } from '@berth/contracts';
import { describe, expect, it } from 'vitest';
import { suggestCredentials } from './credential-suggestion';

const secret = (name: string, server: string, type = 'kubernetes.io/dockerconfigjson'): SecretSummary => ({
  name,
  namespace: 'ns',
  type,
  dataCount: 1,
  created: '2026-01-01T00:00:00Z',
  registries: [{ server, username: 'u' }],
});
const htpasswd = secret('htpasswd', '127.0.0.1:5000');
const token = secret('token', 'http://127.0.0.1:5002/v2/');
const token2 = secret('token-too', '127.0.0.1:5002');
const hub = secret('hub', 'https://index.docker.io/v1/');

describe('suggestCredentials', () => {
  it('picks the only pull secret that covers the registry, by the kubelet rules (scheme and /v2/ dropped)', () => {
    expect(suggestCredentials([{ image: '127.0.0.1:5002/team/app', tag: 'v1' }], [htpasswd, token])).toEqual({
      registries: [{ registry: '127.0.0.1:5002', covering: ['token'] }],
      pick: ['token'],
    });
  });

  it('asks (picks nothing) when several cover the registry', () => {
    const suggestion = suggestCredentials([{ image: '127.0.0.1:5002/team/app' }], [token, token2, htpasswd]);
    expect(suggestion).toEqual({
      registries: [{ registry: '127.0.0.1:5002', covering: ['token', 'token-too'] }],
      pick: [],
    });
  });

  it("picks nothing for a registry the ServiceAccount's pull secrets already cover (the pods get them at admission)", () => {
    const images = [{ image: '127.0.0.1:5002/team/app' }, { image: '127.0.0.1:5000/team/sidecar' }];
    expect(suggestCredentials(images, [htpasswd, token], ['token'])).toEqual({
      registries: [
        { registry: '127.0.0.1:5002', covering: ['token'], throughServiceAccount: 'token' },
        { registry: '127.0.0.1:5000', covering: ['htpasswd'] },
      ],
      pick: ['htpasswd'],
    });
  });

  it('reports a registry none covers, so Create Secret can be offered for it', () => {
    expect(suggestCredentials([{ image: 'registry.example.com/app' }], [htpasswd])).toEqual({
      registries: [{ registry: 'registry.example.com', covering: [] }],
      pick: [],
    });
  });

  it('matches Docker Hub images to an index.docker.io login, one registry for several images', () => {
    const images = [{ image: 'nginx' }, { image: 'library/busybox', tag: '1' }, { image: '127.0.0.1:5000/a/b' }];
    expect(suggestCredentials(images, [hub, htpasswd])).toEqual({
      registries: [
        { registry: 'docker.io', covering: ['hub'] },
        { registry: '127.0.0.1:5000', covering: ['htpasswd'] },
      ],
      pick: ['hub', 'htpasswd'],
    });
  });

  it('leaves out images not written yet and secrets that hold no pull credentials', () => {
    const opaque = { ...secret('opaque', '127.0.0.1:5000'), type: 'Opaque' };
    expect(suggestCredentials([{ image: '' }, { image: 'Not An Image' }], [opaque])).toEqual({
      registries: [],
      pick: [],
    });
    expect(suggestCredentials([{ image: '127.0.0.1:5000/a' }], [opaque]).pick).toEqual([]);
  });
});
