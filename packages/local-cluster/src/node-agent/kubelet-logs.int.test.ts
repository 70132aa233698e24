// `kubectl logs` against the node agent's kubelet port through a real kube-apiserver: a private one started with
// --kubelet-client-certificate (as `cluster up` now starts it) and an agent of the test's own that demands a client
// certificate signed by the matching CA; the shared apiserver, which presents none, is refused.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { V1Pod } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureKubeletClientCertificates } from '../pki';
import { requiredEnv } from '../testing/cluster-env';
import { eventually, kubectl } from '../testing/kubectl';
import { type OwnNode, startOwnNode } from '../testing/own-node';
import { type PrivateApiServer, startPrivateApiServer } from '../testing/private-api-server';
import { uniqueNamespace } from '../testing/seed-deployment';
import { exitCodeAnnotation } from './container-run';
import { clusterClients, dockerRegistrySecret, podWhen, waitingReason, createPodNamespace } from './test-cluster';

const { core } = clusterClients();
const namespace = uniqueNamespace('po-kubelet-logs');
const pki = mkdtempSync(path.join(tmpdir(), 'po-kubelet-pki-'));
let apiserver: PrivateApiServer;
let node: OwnNode;
const image = () => `${requiredEnv('BERTH_REGISTRY')}/janedoe/awesomeapp:v1`;

function pod(name: string, spec: Partial<V1Pod['spec']> = {}, container = {}, annotations = {}): V1Pod {
  return {
    metadata: { name, annotations },
    spec: {
      nodeName: node.name,
      containers: [{ name: 'app', image: image(), ...container }],
      imagePullSecrets: [{ name: 'pull' }],
      ...spec,
    },
  };
}

const logs = (args: string[]) => kubectl(['-n', namespace, 'logs', ...args], { kubeconfig: apiserver.kubeconfigPath });

beforeAll(async () => {
  const certificates = await ensureKubeletClientCertificates(pki);
  apiserver = await startPrivateApiServer({
    extraArgs: [`--kubelet-client-certificate=${certificates.certificate}`, `--kubelet-client-key=${certificates.key}`],
  });
  node = await startOwnNode({
    name: `${namespace}-node`,
    kubeconfigPath: requiredEnv('KUBECONFIG'),
    clientCaFile: certificates.certificateAuthority,
  });
  await createPodNamespace(core, namespace);
  const login = ['BERTH_REGISTRY', 'BERTH_REGISTRY_USERNAME', 'BERTH_REGISTRY_PASSWORD'].map(requiredEnv) as [
    string,
    string,
    string,
  ];
  await core.createNamespacedSecret({ namespace, body: dockerRegistrySecret('pull', ...login) });
}, 90_000);

afterAll(async () => {
  await node?.stop();
  await core.deleteNamespace({ name: namespace }).catch(() => undefined);
  await apiserver?.close();
  rmSync(pki, { recursive: true, force: true });
});

describe("the node agent's containerLogs endpoint", () => {
  it('serves the pull with its digest and the start, then new lines while following', async () => {
    await core.createNamespacedPod({ namespace, body: pod('web') });
    await podWhen(core, namespace, 'web', 'Running', (p) => p.status?.phase === 'Running');
    const { stdout, code, stderr } = await logs(['web']);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^Pulled image ".+\/janedoe\/awesomeapp:v1" in \d+ ms: .+@sha256:[0-9a-f]{64}\n/);
    expect(stdout).toContain('Started container app\n');
    const stamped = await logs(['web', '--timestamps', '--tail=1']);
    expect(stamped.stdout).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z \S/);
    expect(stamped.stdout.trim().split('\n')).toHaveLength(1);
    // A follow ends only when the client does: kubectl's own timeout cuts it after a tick has arrived.
    const followed = await kubectl(['-n', namespace, 'logs', 'web', '-f', '--request-timeout=7s'], {
      kubeconfig: apiserver.kubeconfigPath,
    });
    expect(followed.stdout).toMatch(/app is running \(up \d+ s\)/);
  }, 60_000);

  it('ends a run that exits with its exit, and serves it as the previous log after the restart', async () => {
    // berth.dev/exit-code makes the agent's container exit, as a Job's does.
    await core.createNamespacedPod({
      namespace,
      body: pod('once', { restartPolicy: 'Never' }, {}, { [exitCodeAnnotation]: '0' }),
    });
    await podWhen(core, namespace, 'once', 'Succeeded', (p) => p.status?.phase === 'Succeeded');
    expect((await logs(['once'])).stdout.trim().split('\n').at(-1)).toBe('Exited with code 0 (Completed)');
    await core.createNamespacedPod({ namespace, body: pod('crash', {}, {}, { [exitCodeAnnotation]: '1' }) });
    await podWhen(
      core,
      namespace,
      'crash',
      'restarted',
      (p) => (p.status?.containerStatuses?.[0]?.restartCount ?? 0) > 0,
    );
    const previous = await logs(['crash', '--previous']);
    expect(previous.stderr).toBe('');
    expect(previous.stdout).toContain('Started container app\n');
    expect(previous.stdout.trim().split('\n').at(-1)).toBe('Exited with code 1 (Error)');
  }, 60_000);

  it('says why a container whose image cannot be pulled has no log, as the kubelet does', async () => {
    await core.createNamespacedPod({ namespace, body: pod('broken', {}, { image: `${image()}-missing` }) });
    await podWhen(core, namespace, 'broken', 'a failed pull', (p) =>
      ['ErrImagePull', 'ImagePullBackOff'].includes(waitingReason(p) ?? ''),
    );
    const { code, stderr } = await logs(['broken']);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(
      /Error from server \(BadRequest\): container "app" in pod "broken" is waiting to start: (image can't be pulled|trying and failing to pull image)/,
    );
    const previous = await logs(['web', '--previous']);
    expect(previous.stderr).toContain('previous terminated container "app" in pod "web" not found');
  }, 60_000);

  it('refuses an API server that presents no client certificate signed by its client CA', async () => {
    const shared = await eventually('the shared apiserver to reach the node', async () => {
      const result = await kubectl(['-n', namespace, 'logs', 'web']);
      return result.code === 0 ? undefined : result;
    });
    expect(shared.stdout).toBe('');
    // The agent ends the handshake of a client certificate its CA did not sign: a TLS alert, a reset or a bare EOF.
    expect(shared.stderr).toMatch(/containerLogs\/[^"]+": (EOF|.*(certificate|tls|remote error|connection reset))/i);
  }, 30_000);
});
