import type { SecretSummary } from '@berth/contracts';
import { describe, expect, it } from 'vitest';
import { imageHints } from './image-hints';

const secret = (name: string, ...servers: string[]): SecretSummary => ({
  name,
  namespace: 'default',
  type: 'kubernetes.io/dockerconfigjson',
  dataCount: 1,
  created: '2026-01-01T00:00:00Z',
  registries: servers.map((server) => ({ server, username: `${name}-user` })),
});

describe('imageHints', () => {
  it("normalises like the seed's caution: nginx:latest comes from docker.io", () => {
    expect(imageHints('nginx', 'latest', [])).toMatchObject({
      written: 'nginx:latest',
      normalized: 'docker.io/library/nginx:latest',
      uncovered: false,
    });
  });

  it('names the selected credential the kubelet will use', () => {
    const hints = imageHints('www.example.com/janedoe/awesomeapp', 'v1', [
      secret('other', 'r.io'),
      secret('test', 'www.example.com'),
    ]);
    expect(hints?.credential).toEqual({ secret: 'test', key: 'www.example.com', username: 'test-user' });
  });

  it('Docker Hub images use an index.docker.io key', () => {
    expect(imageHints('nginx', undefined, [secret('hub', 'https://index.docker.io/v1/')])?.credential?.secret).toBe(
      'hub',
    );
  });

  it('warns when no selected credential covers the registry', () => {
    expect(imageHints('www.example.com/app', 'v1', [secret('test', 'other.example.com')])).toMatchObject({
      uncovered: true,
    });
  });

  it('is undefined for an image that does not parse', () => {
    expect(imageHints('Nginx', undefined, [])).toBeUndefined();
  });
});
