// deploy/ as kubectl 1.20's kustomize (v2.0.3) builds it: what the base and the ingress overlay hold, and the promises
// they make (hardened pods, keys from a generated Secret, probes under the prefix, no RBAC, nothing secret committed).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { V1Deployment, V1Ingress, V1PodDisruptionBudget, V1Service } from '@kubernetes/client-node';
import {
  copyDeployManifests,
  kustomizeBuild,
  type BuiltObject,
  type DeployManifests,
  type Kubectl,
} from '@berth/local-cluster/testing/deploy';
import { imageSpec } from '@berth/image';
import { requiredEnv } from '@berth/local-cluster/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/repo-root.mjs';

let manifests: DeployManifests;
let base: BuiltObject[];
let ingress: BuiltObject[];
let kubectl: Kubectl;

function one<T>(objects: BuiltObject[], kind: string): T {
  const found = objects.filter((o) => o.kind === kind);
  expect(found, kind).toHaveLength(1);
  return found[0] as unknown as T;
}

beforeAll(async () => {
  kubectl = { binary: requiredEnv('BERTH_KUBECTL'), kubeconfig: requiredEnv('KUBECONFIG') };
  manifests = copyDeployManifests();
  base = await kustomizeBuild(kubectl, path.join(manifests.deployDir, 'base'));
  ingress = await kustomizeBuild(kubectl, path.join(manifests.deployDir, 'overlays/ingress'));
});
afterAll(() => manifests.remove());

describe('deploy/base', () => {
  it('holds the Namespace, ServiceAccount, session-keys Secret, Deployment, Service and PDB, all in berth', () => {
    expect(base.map((o) => o.kind).sort()).toEqual(
      ['Deployment', 'Namespace', 'PodDisruptionBudget', 'Secret', 'Service', 'ServiceAccount'].sort(),
    );
    for (const o of base.filter((o) => o.kind !== 'Namespace')) expect(o.metadata.namespace, o.kind).toBe('berth');
  });

  it('grants the ServiceAccount no RBAC: user requests carry the user token', () => {
    expect(base.filter((o) => o.apiVersion.startsWith('rbac.authorization.k8s.io/'))).toEqual([]);
  });

  it('runs 2 replicas of a hardened pod: non-root, read-only root, no privilege escalation, no capabilities, RuntimeDefault', () => {
    const deployment = one<V1Deployment>(base, 'Deployment');
    expect(deployment.spec?.replicas).toBe(2);
    const pod = deployment.spec?.template.spec;
    expect(pod?.serviceAccountName).toBe('berth');
    expect(pod?.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(pod?.imagePullSecrets).toEqual([{ name: 'berth-registry' }]);
    // A Service named berth would otherwise inject BERTH_PORT=tcp://…, which Berth reads as its port.
    expect(pod?.enableServiceLinks).toBe(false);
    const [container, ...others] = pod?.containers ?? [];
    expect(others).toEqual([]);
    expect(container?.securityContext).toEqual({
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    });
    for (const kind of ['requests', 'limits'] as const) {
      expect(Object.keys(container?.resources?.[kind] ?? {}).sort(), kind).toEqual(['cpu', 'memory']);
    }
    expect(container?.livenessProbe?.httpGet?.path).toBe('/api/healthz');
    expect(container?.readinessProbe?.httpGet?.path).toBe('/api/healthz');
    const tmp = container?.volumeMounts?.find((m) => m.mountPath === '/tmp');
    expect(pod?.volumes?.find((v) => v.name === tmp?.name)?.emptyDir).toBeDefined();
  });

  it("runs the pod as the image's own user, on the port the image exposes", () => {
    const pod = one<V1Deployment>(base, 'Deployment').spec?.template.spec;
    const { uid, gid } = imageSpec.imageUser;
    expect(pod?.securityContext).toMatchObject({ runAsUser: uid, runAsGroup: gid, fsGroup: gid });
    expect(pod?.containers[0]?.ports?.[0]?.containerPort).toBe(imageSpec.exposedPort);
    expect(pod?.containers[0]?.args).toContain(`--port=${imageSpec.exposedPort}`);
  });

  it('mounts the generated session-keys Secret and points --session-key-file into it', () => {
    const secret = base.find((o) => o.kind === 'Secret');
    expect(secret?.metadata.name).toMatch(/^berth-session-keys-[a-z0-9]{10}$/);
    const pod = one<V1Deployment>(base, 'Deployment').spec?.template.spec;
    const volume = pod?.volumes?.find((v) => v.secret?.secretName === secret?.metadata.name);
    const mount = pod?.containers[0]?.volumeMounts?.find((m) => m.name === volume?.name);
    expect(mount?.readOnly).toBe(true);
    expect(pod?.containers[0]?.args).toContain(`--session-key-file=${mount?.mountPath}/session-keys`);
    expect(Object.keys((secret?.data as Record<string, string>) ?? {})).toEqual(['session-keys']);
  });

  it("serves the pods' named port through the Service, and keeps one available in a disruption (policy/v1beta1)", () => {
    const deployment = one<V1Deployment>(base, 'Deployment');
    const labels = deployment.spec?.template.metadata?.labels ?? {};
    const service = one<V1Service>(base, 'Service');
    expect(labels).toMatchObject(service.spec?.selector ?? { none: 'none' });
    const ports = deployment.spec?.template.spec?.containers[0]?.ports?.map((p) => p.name);
    expect(ports).toContain(service.spec?.ports?.[0]?.targetPort);
    const budget = one<V1PodDisruptionBudget>(base, 'PodDisruptionBudget');
    expect((budget as unknown as BuiltObject).apiVersion).toBe('policy/v1beta1');
    expect(budget.spec?.minAvailable).toBe(1);
    expect(labels).toMatchObject(budget.spec?.selector?.matchLabels ?? { none: 'none' });
  });
});

describe('deploy/overlays/ingress', () => {
  it('routes /berth/ (Prefix) on the Ingress to the Service, over TLS', () => {
    const rule = one<V1Ingress>(ingress, 'Ingress');
    expect((rule as unknown as BuiltObject).apiVersion).toBe('networking.k8s.io/v1');
    const path = rule.spec?.rules?.[0]?.http?.paths[0];
    expect(path).toMatchObject({ path: '/berth/', pathType: 'Prefix', backend: { service: { name: 'berth' } } });
    expect(rule.spec?.tls?.[0]?.secretName).toBeDefined();
    expect(rule.metadata?.namespace).toBe('berth');
  });

  it('serves Berth and its probes under /berth/, at the public URL, trusting the proxy', () => {
    const container = one<V1Deployment>(ingress, 'Deployment').spec?.template.spec?.containers[0];
    expect(container?.args).toEqual(
      expect.arrayContaining(['--base-path=/berth/', expect.stringMatching(/^--public-url=https:\/\/.+\/berth\/$/)]),
    );
    expect(container?.livenessProbe?.httpGet?.path).toBe('/berth/api/healthz');
    expect(container?.readinessProbe?.httpGet?.path).toBe('/berth/api/healthz');
  });
});

describe('the session keys', () => {
  it('are gitignored and not tracked', () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' });
    expect(git('check-ignore', 'deploy/base/session-keys').trim()).toBe('deploy/base/session-keys');
    expect(git('ls-files', 'deploy').split('\n')).not.toContain('deploy/base/session-keys');
  });
});
