// The pod's service account against the real API server: its RBAC, a token rotated under a running client, and its CA.
import { ApiException } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../../testing/cluster';
import { selfSignedCertificateFiles } from '../../testing/self-signed';
import {
  apiServerCaFile,
  inClusterEnv,
  mountServiceAccount,
  serviceAccountToken,
  serviceAccountWithRole,
  testNamespace,
  type ServiceAccountDir,
} from '../../testing/service-accounts';
import { connectKubernetes } from '../clients';
import { isNetworkError } from '../kubernetes-errors';
import { inClusterKubeConfig } from './in-cluster';

const namespace = testNamespace('in-cluster-sa');
const ns = namespace.name;
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error: unknown) => (error instanceof ApiException ? error.code : error),
  );

describe('in-cluster identity: the pod service account', () => {
  let mount: ServiceAccountDir;
  beforeAll(async () => {
    await namespace.create();
    await serviceAccountWithRole(ns, 'secret-reader', ['secrets']);
    await serviceAccountWithRole(ns, 'pod-reader', ['pods']);
    mount = mountServiceAccount(await serviceAccountToken(ns, 'secret-reader'), ns, apiServerCaFile());
  });
  afterAll(async () => {
    mount.remove();
    await namespace.remove();
  });

  it("reads with the service account's RBAC, opens in its namespace, and names it", async () => {
    const { kubeConfig, serviceAccount } = inClusterKubeConfig(inClusterEnv(mount.dir));
    expect(serviceAccount).toBe(`system:serviceaccount:${ns}:secret-reader`);
    expect(kubeConfig.getContextObject(kubeConfig.getCurrentContext())?.namespace).toBe(ns);
    const { core } = connectKubernetes(kubeConfig);
    expect(await codeOf(core.listNamespacedSecret({ namespace: ns }))).toBe(200);
    expect(await codeOf(core.listNamespacedPod({ namespace: ns }))).toBe(403);
  });

  it('follows the token file as the kubelet rotates it, without a restart', async () => {
    const { core } = connectKubernetes(inClusterKubeConfig(inClusterEnv(mount.dir)).kubeConfig);
    expect(await codeOf(core.listNamespacedSecret({ namespace: ns }))).toBe(200);
    mount.rotateToken(await serviceAccountToken(ns, 'pod-reader'));
    await eventually('the rotated token in use', async () =>
      (await codeOf(core.listNamespacedPod({ namespace: ns }))) === 200 ? true : undefined,
    );
    expect(await codeOf(core.listNamespacedSecret({ namespace: ns }))).toBe(403);
    mount.rotateToken(await serviceAccountToken(ns, 'secret-reader'));
  });

  it('trusts only the CA in ca.crt: another CA fails as a TLS error', async () => {
    const wrong = mountServiceAccount(
      await serviceAccountToken(ns, 'secret-reader'),
      ns,
      selfSignedCertificateFiles().cert,
    );
    try {
      const { core } = connectKubernetes(inClusterKubeConfig(inClusterEnv(wrong.dir)).kubeConfig);
      const error = await core.listNamespacedSecret({ namespace: ns }).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(isNetworkError(error)).toBe(true);
      expect(String((error as Error).cause ?? error)).toMatch(/certificate/i);
    } finally {
      wrong.remove();
    }
  });
});
