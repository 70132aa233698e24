// main.ts in token mode as an operator runs it: https with the given certificate, sign-in required; no exposure by accident.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { request as httpsRequest } from 'node:https';
import { describe, expect, it } from 'vitest';
import { env, eventually } from '../testing/cluster';
import { runMain } from '../testing/run-main';
import { selfSignedCertificateFiles } from '../testing/self-signed';

const run = (args: string[]) => runMain(args, { KUBECONFIG: env('KUBECONFIG') });

function get(url: string, ca: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    httpsRequest(url, { ca }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

describe('main in token mode', () => {
  it('serves https with the given certificate and requires sign-in', async () => {
    const { cert, key } = selfSignedCertificateFiles();
    const bff = run(['--port', '0', '--no-spa', '--auth=token', '--tls-cert', cert, '--tls-key', key]);
    try {
      const url = await eventually(
        'the listening line',
        () => /"url":"(https:\/\/127\.0\.0\.1:\d+)"/.exec(bff.stdout())?.[1],
        30_000,
      );
      expect(bff.stdout()).toContain('"signIn":"token"');
      const ca = readFileSync(cert);
      expect(await get(`${url}/api/readyz`, ca)).toBe(200);
      expect(await get(`${url}/api/session`, ca)).toBe(401);
      expect(await get(`${url}/api/namespaces`, ca)).toBe(401);
    } finally {
      bff.child.kill('SIGTERM');
    }
    expect(await bff.exited).toBe(0);
  });

  it('refuses a non-loopback address without sign-in, naming the way out', async () => {
    const bff = run(['--port', '0', '--no-spa', '--host', '0.0.0.0']);
    expect(await bff.exited).toBe(1);
    expect(bff.stderr()).toContain('--auth=token');
    expect(bff.stderr()).toContain('--i-understand-anyone-on-the-network-can-act-as-the-cluster-admin');
  });

  it('refuses a weak session key file at start, naming the file and line, never the key', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'berth-keys-')), 'keys');
    const [good, weak] = [randomBytes(32).toString('base64'), randomBytes(20).toString('base64')];
    writeFileSync(file, `${good}\n${weak}\n`);
    const bff = run(['--port', '0', '--no-spa', '--auth=token', '--session-key-file', file]);
    expect(await bff.exited).toBe(1);
    expect(bff.stderr()).toContain(`Session key ${file} line 2 holds 20 bytes; a key must be at least 32 random bytes`);
    for (const key of [good, weak]) expect(bff.stderr() + bff.stdout()).not.toContain(key);
  });
});
