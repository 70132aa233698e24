import type { CheckManifestOptions, RegistryOutcome } from '@berth/registry';
import { describe, expect, it } from 'vitest';
import { pullImage } from './image-pull';
import { readPullSecrets } from './pull-credentials';

const digest = `sha256:${'ab'.repeat(32)}`;

/** Records what the node asked the registry and answers from a script: a pure test of the pull's decisions. */
function scripted(answers: RegistryOutcome[]) {
  const calls: CheckManifestOptions[] = [];
  const check = (options: CheckManifestOptions): Promise<RegistryOutcome> => {
    calls.push(options);
    return Promise.resolve(answers.shift() ?? { kind: 'ok', digest });
  };
  return { calls, check };
}

const secret = (name: string, server: string, username: string) => ({
  metadata: { name },
  type: 'kubernetes.io/dockerconfigjson',
  data: {
    '.dockerconfigjson': Buffer.from(JSON.stringify({ auths: { [server]: { username, password: 'pw' } } })).toString(
      'base64',
    ),
  },
});

describe('pullImage', () => {
  it('pulls anonymously through the mirror and names the image by its own registry', async () => {
    const { calls, check } = scripted([]);
    const result = await pullImage('nginx', readPullSecrets([]), {
      mirrors: { 'docker.io': 'http://127.0.0.1:5001' },
      check,
    });
    expect(calls).toEqual([{ registry: 'http://127.0.0.1:5001', repository: 'library/nginx', reference: 'latest' }]);
    expect(result).toMatchObject({
      kind: 'pulled',
      normalised: 'docker.io/library/nginx:latest',
      imageID: `docker.io/library/nginx@${digest}`,
    });
  });

  it('tries each matching credential in order until one works', async () => {
    const { calls, check } = scripted([
      { kind: 'unauthorized', message: 'unauthorized: authentication required', status: 401 },
    ]);
    const secrets = readPullSecrets([
      secret('wrong', '127.0.0.1:5000', 'bad'),
      secret('right', '127.0.0.1:5000', 'ssl'),
    ]);
    const result = await pullImage('127.0.0.1:5000/janedoe/awesomeapp:v1', secrets, { mirrors: {}, check });
    expect(calls.map((c) => c.credentials?.username)).toEqual(['bad', 'ssl']);
    expect(result.kind).toBe('pulled');
  });

  it('puts the registry answer in the kubelet message when every attempt fails', async () => {
    const { check } = scripted([{ kind: 'not-found', message: 'manifest unknown: manifest unknown', status: 404 }]);
    const result = await pullImage('127.0.0.1:5000/janedoe/awesomeapp:nope', readPullSecrets([]), {
      mirrors: {},
      check,
    });
    const n = '127.0.0.1:5000/janedoe/awesomeapp:nope';
    expect(result).toEqual({
      kind: 'failed',
      normalised: n,
      message:
        `Failed to pull image "${n}": rpc error: code = Unknown desc = failed to pull and unpack image "${n}": ` +
        `failed to resolve reference "${n}": manifest unknown: manifest unknown`,
    });
  });

  it('asks for a digest reference by digest', async () => {
    const { calls, check } = scripted([{ kind: 'ok' }]);
    const result = await pullImage(`127.0.0.1:5000/app@${digest}`, readPullSecrets([]), { mirrors: {}, check });
    expect(calls[0]?.reference).toBe(digest);
    expect(result).toMatchObject({ imageID: `127.0.0.1:5000/app@${digest}` });
  });
});
