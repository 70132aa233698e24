// main.ts started as it runs in a pod: no kubeconfig, KUBERNETES_SERVICE_HOST set, a real ServiceAccount's token mounted.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './testing/cluster';
import { runMain } from './testing/run-main';
import { selfSignedCertificateFiles } from './testing/self-signed';
import {
  apiServerCaFile,
  inClusterEnv,
  mountServiceAccount,
  serviceAccountToken,
  serviceAccountWithRole,
  testNamespace,
  type ServiceAccountDir,
} from './testing/service-accounts';

const namespace = testNamespace('in-cluster-main');
const ns = namespace.name;
const user = `system:serviceaccount:${ns}:console`;

/** main.ts in a "pod": the kubeconfig the test run uses is hidden, as it would not exist there. */
function runInPod(args: string[], dir: string) {
  return runMain(['--port', '0', '--no-spa', ...args], { KUBECONFIG: undefined, ...inClusterEnv(dir) });
}

async function listening(bff: ReturnType<typeof runMain>): Promise<string> {
  return eventually('the listening line', () => /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(bff.stdout())?.[1], 30_000);
}

describe('main in a pod', () => {
  let mount: ServiceAccountDir;
  beforeAll(async () => {
    await namespace.create();
    await serviceAccountWithRole(ns, 'console', ['secrets']);
    mount = mountServiceAccount(await serviceAccountToken(ns, 'console'), ns, apiServerCaFile());
  });
  afterAll(async () => {
    mount.remove();
    await namespace.remove();
  });

  it('uses the service account, not the embedded cluster, and asks each user to sign in', async () => {
    const bff = runInPod([], mount.dir);
    try {
      const url = await listening(bff);
      expect(bff.stderr()).not.toContain('embedded local cluster');
      expect(bff.stderr()).toContain(`in-cluster (https://127.0.0.1:6443) as the pod's service account ${user}`);
      expect(bff.stderr()).toContain('each user signs in with their own token');
      expect(bff.stdout()).toContain('"signIn":"token"');
      expect((await fetch(`${url}/api/readyz`)).status).toBe(200);
      expect((await fetch(`${url}/api/namespaces/${ns}/secrets`)).status).toBe(401);
    } finally {
      bff.child.kill('SIGTERM');
    }
    expect(await bff.exited).toBe(0);
  });

  it('acts as the service account for everyone only with the loud flag, and warns', async () => {
    const bff = runInPod(['--unsafe-act-as-service-account'], mount.dir);
    try {
      const url = await listening(bff);
      expect(bff.stderr()).toContain(`WARNING: --unsafe-act-as-service-account: EVERY VISITOR ACTS AS ${user}`);
      expect(bff.stdout()).toMatch(/"level":40.*every visitor acts as/);
      expect((await fetch(`${url}/api/namespaces/${ns}/secrets`)).status).toBe(200);
      // Its RBAC, nothing more: it may read secrets only.
      expect((await fetch(`${url}/api/namespaces/${ns}/deployments`)).status).toBe(403);
      const session = (await (await fetch(`${url}/api/session`)).json()) as { mode: string; username: string };
      expect(session).toEqual({ mode: 'single-user', username: user });
    } finally {
      bff.child.kill('SIGTERM');
    }
    expect(await bff.exited).toBe(0);
  });

  it('refuses single-user mode in a pod without the flag, naming it', async () => {
    const bff = runInPod(['--auth=single-user'], mount.dir);
    expect(await bff.exited).toBe(1);
    expect(bff.stderr()).toContain('--unsafe-act-as-service-account');
  });

  it('fails at start naming a missing file, or a CA that did not sign the API server', async () => {
    const missing = mountServiceAccount(await serviceAccountToken(ns, 'console'), ns, apiServerCaFile());
    rmSync(path.join(missing.dir, 'token'));
    const noToken = runInPod([], missing.dir);
    expect(await noToken.exited).toBe(1);
    expect(noToken.stderr()).toContain(
      `Cannot read the service account's token ${path.join(missing.dir, 'token')}: ENOENT`,
    );
    missing.remove();

    const wrong = mountServiceAccount(await serviceAccountToken(ns, 'console'), ns, selfSignedCertificateFiles().cert);
    const wrongCa = runInPod([], wrong.dir);
    expect(await wrongCa.exited).toBe(1);
    expect(wrongCa.stderr()).toContain(
      `is not usable: its certificate is not signed by the certificate authority ${path.join(wrong.dir, 'ca.crt')}`,
    );
    wrong.remove();
  });
});
