// main.ts started as it runs in a pod: no kubeconfig, KUBERNETES_SERVICE_HOST set, a real ServiceAccount's token mounted.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { csrfHeader, sessionInfo } from '@berth/contracts';
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
const podUser = `system:serviceaccount:${ns}:pod-without-rbac`;

/** main.ts in a "pod": the kubeconfig the test run uses is hidden, as it would not exist there. */
function runInPod(args: string[], dir: string) {
  return runMain(['--port', '0', '--no-spa', ...args], { KUBECONFIG: undefined, ...inClusterEnv(dir) });
}

async function listening(bff: ReturnType<typeof runMain>): Promise<string> {
  return eventually('the listening line', () => /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(bff.stdout())?.[1], 30_000);
}

/** Signs in through the BFF with a user's token; the Cookie and CSRF headers of the session. */
async function signInAs(url: string, token: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  expect(res.status).toBe(201);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = sessionInfo.parse(await res.json());
  return { Cookie: cookie, [csrfHeader]: csrfToken ?? '' };
}

describe('main in a pod', () => {
  let mount: ServiceAccountDir;
  let podWithoutRbac: ServiceAccountDir;
  beforeAll(async () => {
    await namespace.create();
    await serviceAccountWithRole(ns, 'console', ['secrets']);
    await serviceAccountWithRole(ns, 'pod-without-rbac', []);
    mount = mountServiceAccount(await serviceAccountToken(ns, 'console'), ns, apiServerCaFile());
    podWithoutRbac = mountServiceAccount(await serviceAccountToken(ns, 'pod-without-rbac'), ns, apiServerCaFile());
  });
  afterAll(async () => {
    mount.remove();
    podWithoutRbac.remove();
    await namespace.remove();
  });

  it('uses the service account (no RBAC needed), not the embedded cluster, and each user signs in with their own token', async () => {
    const bff = runInPod([], podWithoutRbac.dir);
    try {
      const url = await listening(bff);
      const { KUBERNETES_SERVICE_HOST: host, KUBERNETES_SERVICE_PORT: port } = inClusterEnv(podWithoutRbac.dir);
      expect(bff.stderr()).not.toContain('embedded local cluster');
      expect(bff.stderr()).toContain(`in-cluster (https://${host}:${port}) as the pod's service account ${podUser}`);
      expect(bff.stderr()).toContain('each user signs in with their own token');
      expect(bff.stdout()).toContain('"signIn":"token"');
      expect((await fetch(`${url}/api/readyz`)).status).toBe(200);
      expect((await fetch(`${url}/api/namespaces/${ns}/secrets`)).status).toBe(401);
      // The user's own RBAC, passed through: this one may read secrets, not Deployments.
      const visitor = await signInAs(url, await serviceAccountToken(ns, 'console'));
      expect((await fetch(`${url}/api/namespaces/${ns}/secrets`, { headers: visitor })).status).toBe(200);
      expect((await fetch(`${url}/api/namespaces/${ns}/deployments`, { headers: visitor })).status).toBe(403);
      const session = sessionInfo.parse(await (await fetch(`${url}/api/session`, { headers: visitor })).json());
      expect(session.username).toBe(user);
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
      `is not usable: its certificate does not verify with the certificate authority ${path.join(wrong.dir, 'ca.crt')}`,
    );
    wrong.remove();
  });
});
