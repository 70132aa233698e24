import type { V1Secret } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { matchPullSecrets } from '@berth/contracts';
import { readPullSecrets } from './pull-credentials';

const b64 = (text: string) => Buffer.from(text).toString('base64');

function dockerConfigJson(name: string, auths: Record<string, { username: string; password: string }>): V1Secret {
  return {
    metadata: { name },
    type: 'kubernetes.io/dockerconfigjson',
    data: { '.dockerconfigjson': b64(JSON.stringify({ auths })) },
  };
}

describe('credentials from image-pull secrets', () => {
  it('tries the more specific key first, and the same key from two secrets in pod order', () => {
    const readout = readPullSecrets([
      dockerConfigJson('first', { 'registry.example.com': { username: 'a', password: 'pa' } }),
      dockerConfigJson('second', {
        'registry.example.com/team': { username: 'b', password: 'pb' },
        'registry.example.com': { username: 'c', password: 'pc' },
      }),
    ]);
    const order = matchPullSecrets('registry.example.com/team/app:v1', readout.secrets).map(
      (c) => `${c.secretName}:${c.username}`,
    );
    expect(order).toEqual(['second:b', 'first:a', 'second:c']);
  });

  it('reads legacy dockercfg secrets and ignores other types', () => {
    const legacy: V1Secret = {
      metadata: { name: 'legacy' },
      type: 'kubernetes.io/dockercfg',
      data: { '.dockercfg': b64(JSON.stringify({ 'https://index.docker.io/v1/': { username: 'u', password: 'p' } })) },
    };
    const opaque: V1Secret = {
      metadata: { name: 'opaque' },
      type: 'Opaque',
      data: { '.dockerconfigjson': b64(JSON.stringify({ auths: { 'docker.io': { username: 'x', password: 'y' } } })) },
    };
    const found = matchPullSecrets('docker.io/library/nginx:latest', readPullSecrets([opaque, legacy]).secrets);
    expect(found.map((c) => [c.secretName, c.username])).toEqual([['legacy', 'u']]);
  });

  it('matches the image registry, not a mirror, and nothing for another registry', () => {
    const readout = readPullSecrets([dockerConfigJson('s', { '127.0.0.1:5000': { username: 'ssl', password: 'p' } })]);
    expect(matchPullSecrets('127.0.0.1:5000/janedoe/awesomeapp:v1', readout.secrets)).toHaveLength(1);
    expect(matchPullSecrets('127.0.0.1:5001/janedoe/awesomeapp:v1', readout.secrets)).toEqual([]);
  });

  it('reports an unreadable docker config without quoting it', () => {
    const broken: V1Secret = {
      metadata: { name: 'broken' },
      type: 'kubernetes.io/dockerconfigjson',
      data: { '.dockerconfigjson': b64('{"auths": {"x": {"password": "hunter2"') },
    };
    const readout = readPullSecrets([broken]);
    expect(readout.error).toMatch(/secret broken: invalid docker config/);
    expect(readout.error).not.toContain('hunter2');
  });
});
