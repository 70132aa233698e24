import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultServiceAccountDir,
  inClusterKubeConfig,
  inClusterServer,
  serviceAccountDir,
  serviceAccountOf,
} from './in-cluster';

const jwt = (claims: object) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

describe('in-cluster configuration', () => {
  it.each([
    ['10.96.0.1', '443', 'https://10.96.0.1:443'],
    ['fd00:10:96::1', '443', 'https://[fd00:10:96::1]:443'],
    ['[fd00::1]', '6443', 'https://[fd00::1]:6443'],
  ])('serves %s port %s as %s', (host, port, server) => {
    expect(inClusterServer({ KUBERNETES_SERVICE_HOST: host, KUBERNETES_SERVICE_PORT: port })).toBe(server);
  });

  it('names the variable that is missing or wrong', () => {
    expect(() => inClusterServer({ KUBERNETES_SERVICE_HOST: '10.0.0.1' })).toThrow('KUBERNETES_SERVICE_PORT');
    expect(() => inClusterServer({ KUBERNETES_SERVICE_HOST: '10.0.0.1', KUBERNETES_SERVICE_PORT: 'https' })).toThrow(
      'KUBERNETES_SERVICE_PORT',
    );
  });

  it("reads the kubelet's mount unless BERTH_SERVICE_ACCOUNT_DIR moves it", () => {
    expect(serviceAccountDir({})).toBe('/var/run/secrets/kubernetes.io/serviceaccount');
    expect(defaultServiceAccountDir).toBe(serviceAccountDir({ BERTH_SERVICE_ACCOUNT_DIR: '' }));
    expect(serviceAccountDir({ BERTH_SERVICE_ACCOUNT_DIR: '/sa' })).toBe('/sa');
  });

  it.each([
    ['token', "Cannot read the service account's token"],
    ['ca.crt', "Cannot read the service account's CA certificate"],
    ['namespace', "Cannot read the service account's namespace file"],
  ])('fails at start without %s, naming the file', (missing, message) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'berth-sa-'));
    for (const name of ['token', 'ca.crt', 'namespace'].filter((n) => n !== missing))
      writeFileSync(path.join(dir, name), 'x');
    const env = { KUBERNETES_SERVICE_HOST: '10.0.0.1', KUBERNETES_SERVICE_PORT: '443', BERTH_SERVICE_ACCOUNT_DIR: dir };
    expect(() => inClusterKubeConfig(env)).toThrow(`${message} ${path.join(dir, missing)}: ENOENT`);
    writeFileSync(path.join(dir, missing), '\n');
    expect(() => inClusterKubeConfig(env)).toThrow(`${path.join(dir, missing)} is empty`);
    rmSync(dir, { recursive: true });
  });

  it("names the service account from the token's subject, and nothing else", () => {
    expect(serviceAccountOf(jwt({ sub: 'system:serviceaccount:berth:console' }))).toBe(
      'system:serviceaccount:berth:console',
    );
    expect(serviceAccountOf(jwt({ sub: 'alice' }))).toBeUndefined();
    expect(serviceAccountOf('not-a-jwt')).toBeUndefined();
  });
});
