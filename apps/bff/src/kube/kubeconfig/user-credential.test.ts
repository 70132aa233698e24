import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { User } from '@kubernetes/client-node';
import { afterAll, describe, expect, it } from 'vitest';
import { CredentialError } from './credential-error';
import { requestCredential, usesClientNodeAuthProvider } from './user-credential';

const dir = mkdtempSync(path.join(tmpdir(), 'berth-user-credential-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tokenFile = path.join(dir, 'token');
writeFileSync(tokenFile, 'from-file\n');

const cluster = { name: 'c', server: 'https://c', skipTLSVerify: false };
const plugin = (status: object) => ({
  apiVersion: 'client.authentication.k8s.io/v1',
  command: process.execPath,
  args: [
    '-e',
    `process.stdout.write(${JSON.stringify(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential', status }))})`,
  ],
});
const fromFile = { name: 'tokenFile', config: { tokenFile } };

describe('requestCredential', () => {
  it.each<[string, Omit<User, 'name'>, Record<string, string>]>([
    ['a token file over a token', { token: 'inline', authProvider: fromFile }, { Authorization: 'Bearer from-file' }],
    [
      'a token over a plugin',
      { token: 'inline', exec: plugin({ token: 'from-plugin' }) },
      { Authorization: 'Bearer inline' },
    ],
    ['a plugin token', { exec: plugin({ token: 'from-plugin' }) }, { Authorization: 'Bearer from-plugin' }],
    [
      "client-node's older exec form",
      { authProvider: { name: 'exec', config: { exec: plugin({ token: 'older-form' }) } } },
      { Authorization: 'Bearer older-form' },
    ],
    [
      'Basic auth',
      { username: 'ada', password: 'pw' },
      { Authorization: `Basic ${Buffer.from('ada:pw').toString('base64')}` },
    ],
    ['impersonation', { token: 't', impersonateUser: 'bob' }, { Authorization: 'Bearer t', 'Impersonate-User': 'bob' }],
    ['nothing: anonymous', {}, {}],
  ])('%s', async (_, user, headers) => {
    expect((await requestCredential({ name: 'u', ...user }, cluster, () => null)).headers).toEqual(headers);
  });

  it("hands on a plugin's client certificate", async () => {
    const credential = await requestCredential(
      { name: 'u', exec: plugin({ clientCertificateData: 'CERT PEM', clientKeyData: 'KEY PEM' }) },
      cluster,
      () => null,
    );
    expect(credential.headers).toEqual({});
    expect(credential.clientCertificate).toEqual({ cert: Buffer.from('CERT PEM'), key: Buffer.from('KEY PEM') });
  });

  it('names the exec field that is missing', async () => {
    const error: unknown = await requestCredential({ name: 'u', exec: { command: 'aws' } }, cluster, () => null).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CredentialError);
    expect((error as Error).message).toBe(
      'The credential plugin of user u is misconfigured: exec.apiVersion is missing or invalid',
    );
  });

  it("leaves only the auth providers Berth does not own to client-node's authenticators", () => {
    expect(usesClientNodeAuthProvider({ name: 'u', authProvider: { name: 'oidc', config: {} } })).toBe(true);
    expect(usesClientNodeAuthProvider({ name: 'u', authProvider: fromFile })).toBe(false);
    expect(
      usesClientNodeAuthProvider({ name: 'u', authProvider: { name: 'exec', config: { exec: plugin({}) } } }),
    ).toBe(false);
    expect(usesClientNodeAuthProvider({ name: 'u', token: 't' })).toBe(false);
    expect(usesClientNodeAuthProvider(null)).toBe(false);
  });
});
