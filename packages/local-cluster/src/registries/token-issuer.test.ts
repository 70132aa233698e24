// The issuer's tokens, verified with jose against the certificate the registry trusts (openssl makes it, as in the cluster).
import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeProtectedHeader, importX509, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSigningCert } from './signing-cert';
import { createTokenIssuer } from './token-issuer';

let dir = '';
let server: Server;
let base = '';
let certPem = '';
const user = { username: 'jane', password: 'correct horse' };
const basic = (password: string) => `Basic ${Buffer.from(`jane:${password}`).toString('base64')}`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'berth-issuer-'));
  const cert = await ensureSigningCert(dir, 'test-issuer');
  certPem = await readFile(cert.certFile, 'utf8');
  const credentialsFile = join(dir, 'credentials.json');
  await writeFile(credentialsFile, JSON.stringify({ token: user }));
  server = await createTokenIssuer({
    host: '127.0.0.1',
    port: 0,
    issuer: 'test-issuer',
    service: 'test-registry',
    ...cert,
    credentialsFile,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

async function token(authorization?: string, scope = 'repository:janedoe/awesomeapp:pull'): Promise<Response> {
  const url = `${base}/token?service=test-registry&scope=${encodeURIComponent(scope)}`;
  return fetch(url, { headers: authorization ? { authorization } : {} });
}

describe('token issuer', () => {
  it('signs an RS256 JWT carrying the x5c certificate and the granted access', async () => {
    const response = await token(basic(user.password));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { token: string; access_token: string };
    expect(body.access_token).toBe(body.token);
    const header = decodeProtectedHeader(body.token);
    expect(header).toMatchObject({ alg: 'RS256', x5c: [new X509Certificate(certPem).raw.toString('base64')] });
    const { payload } = await jwtVerify(body.token, await importX509(certPem, 'RS256'), {
      issuer: 'test-issuer',
      audience: 'test-registry',
    });
    expect(payload).toMatchObject({
      sub: 'jane',
      access: [{ type: 'repository', name: 'janedoe/awesomeapp', actions: ['pull'] }],
    });
    expect(typeof payload.aud).toBe('string');
    expect(payload.exp).toBeGreaterThan(Date.now() / 1000);
    expect(payload.nbf).toBeLessThanOrEqual(Date.now() / 1000);
    expect(payload.jti).toBeTruthy();
  });

  it('gives an anonymous request a token with empty access', async () => {
    const body = (await (await token()).json()) as { token: string };
    const { payload } = await jwtVerify(body.token, await importX509(certPem, 'RS256'));
    expect(payload.access).toEqual([]);
  });

  it('refuses a wrong password with 401, without echoing it', async () => {
    const response = await token(basic('wrong-password'));
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain('wrong-password');
  });
});
