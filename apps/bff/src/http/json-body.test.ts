// Every parse of user text is bounded before or while it runs, answered 4xx naming the field; no cluster needed,
// since each is refused before any Kubernetes call.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError } from '@berth/contracts';
import { createApp } from '../app';
import { captureLogs } from '../testing/log-capture';
import { rawRequest, serverUrl } from '../testing/raw-request';
import { unreachableKubeConfig } from '../testing/unreachable-cluster';

const app = createApp({ kubeConfig: unreachableKubeConfig(), logger: captureLogs().logger });
const ns = '/api/namespaces/default';
const deep = (levels: number, inner = '1') => '['.repeat(levels) + inner + ']'.repeat(levels);

let server: Server;

/** Sent as raw bytes: supertest would JSON-encode a Buffer. */
async function refusal(path: string, body: string | Buffer, contentType = 'application/json') {
  const res = await rawRequest(serverUrl(server), 'POST', path, { 'Content-Type': contentType }, body);
  return { status: res.status, error: apiError.parse(JSON.parse(res.text)) };
}

describe('bounds on user text', () => {
  beforeAll(async () => {
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
  });
  afterAll(() => {
    server.close();
  });

  it.each([
    ['the body nested 500,000 levels', deep(500_000), ''],
    [
      'a field nested 33 levels',
      JSON.stringify({ name: 'x', registries: JSON.parse(deep(33)) as unknown }),
      'registries',
    ],
    ['10,001 array items', JSON.stringify({ name: 'x', registries: Array(10_001).fill(0) }), 'registries'],
    [
      '10,001 keys',
      JSON.stringify(Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`k${i}`, 0]))),
      'k10000',
    ],
  ])('refuses %s in a request body with 422 naming the field', async (_what, body, field) => {
    const { status, error } = await refusal(`${ns}/secrets`, body);
    expect(status).toBe(422);
    expect(error.fields?.[0]?.path).toBe(field);
    expect(error.message).toMatch(/nested deeper than 32 levels|more than 10,000 keys and items/);
  });

  it('answers a body that is not UTF-8 with 400, and one in another charset with 415', async () => {
    const latin1 = Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc0, 0xae, 0xff]), Buffer.from('"}')]);
    expect(await refusal(`${ns}/secrets`, latin1)).toMatchObject({
      status: 400,
      error: { message: 'The request body is not valid UTF-8' },
    });
    const utf16 = Buffer.from('{"name":"x"}', 'utf16le');
    expect((await refusal(`${ns}/secrets`, utf16, 'application/json; charset=utf-16le')).status).toBe(415);
  });

  it.each([
    ['JSON nested 300,000 levels', deep(300_000), 'nested deeper than 64 levels'],
    ['YAML block sequences nested 300,000 levels', `${'- '.repeat(300_000)}x`, 'nested deeper than 64 levels'],
    [
      '20,000 keys',
      `{${Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join(', ')}}`,
      'more than 10,000 keys, values and items',
    ],
    [
      'an alias bomb',
      [
        'a: &a [x, x, x, x, x, x, x, x, x, x]',
        ...Array.from(
          { length: 9 },
          (_, i) =>
            `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
              .fill(`*${String.fromCharCode(97 + i)}`)
              .join(', ')}]`,
        ),
      ].join('\n'),
      'aliases',
    ],
  ])(
    'refuses a manifest holding %s with 422 on manifest, before any Kubernetes call',
    async (_what, manifest, message) => {
      const started = performance.now();
      const { status, error } = await refusal(`${ns}/deployments?dryRun=true`, JSON.stringify({ manifest }));
      expect(status).toBe(422);
      expect(error.fields?.[0]?.path).toBe('manifest');
      expect(error.message).toContain(message);
      expect(performance.now() - started).toBeLessThan(2_000);
    },
  );

  it('refuses a config.json nested past its bound with 422 on configJson', async () => {
    const { status, error } = await refusal(
      `${ns}/secrets`,
      JSON.stringify({ name: 'x', configJson: `{"auths":${deep(100_000, '{}')}}` }),
    );
    expect(status).toBe(422);
    expect(error.fields?.[0]).toEqual({ path: 'configJson', message: 'configJson is nested deeper than 16 levels' });
  });
});
