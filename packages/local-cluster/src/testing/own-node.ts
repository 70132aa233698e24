// A node agent of the test's own, joined to the shared cluster as another Node: tainted, so only pods that name it
// (`spec.nodeName`) run there, and stopped with the test. It runs this checkout's agent, whatever the shared one runs.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { isNodeUsable } from '../node-agent/node-object';
import { terminate } from '../processes';
import { freeLoopbackPort } from './free-port';

export interface OwnNode {
  name: string;
  kubeletPort: number;
  /** The agent's log events so far (its JSON lines on stderr), the last 1,000. */
  events: () => ReadonlyArray<Record<string, unknown> & { event: string }>;
  /** Force-deletes the pods bound to it (nobody else would finalise them), stops the agent and deletes the Node. */
  stop(): Promise<void>;
}

const agentMain = fileURLToPath(new URL('../node-agent/main.ts', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
export const ownNodeTaint = 'berth.dev/test-node=true:NoSchedule';

export async function startOwnNode(options: {
  name: string;
  kubeconfigPath: string;
  mirror?: string;
  /** The agent's --client-ca-file: only API servers presenting a certificate signed by it may read logs. */
  clientCaFile?: string;
  runMs?: number;
}): Promise<OwnNode> {
  const kubeletPort = await freeLoopbackPort();
  const stateDir = mkdtempSync(path.join(tmpdir(), 'berth-own-node-'));
  const args = [
    ...['--kubeconfig', options.kubeconfigPath, '--state-dir', stateDir, '--kubelet-port', String(kubeletPort)],
    ...['--register-with-taints', ownNodeTaint, '--run-ms', String(options.runMs ?? 3_000)],
    ...(options.mirror ? ['--mirror', options.mirror] : []),
    ...(options.clientCaFile ? ['--client-ca-file', options.clientCaFile] : []),
  ];
  // --pdeathsig: it never outlives the test process, even one that is killed.
  const child: ChildProcess = spawn(
    'setpriv',
    ['--pdeathsig', 'KILL', '--', process.execPath, '--import', tsxLoader, agentMain, ...args],
    { env: { ...process.env, BERTH_NODE_NAME: options.name }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const events: Array<Record<string, unknown> & { event: string }> = [];
  let partial = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      try {
        events.push(JSON.parse(line) as Record<string, unknown> & { event: string });
      } catch {
        events.push({ event: 'output', line });
      }
      if (events.length > 1_000) events.shift();
    }
  });
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(options.kubeconfigPath);
  const core = kubeConfig.makeApiClient(CoreV1Api);
  const stop = async (): Promise<void> => {
    const pods = await core.listPodForAllNamespaces({ fieldSelector: `spec.nodeName=${options.name}` });
    for (const pod of pods.items) {
      const { name = '', namespace = '' } = pod.metadata ?? {};
      await core.deleteNamespacedPod({ name, namespace, gracePeriodSeconds: 0 }).catch(() => undefined);
    }
    if (child.pid !== undefined && child.exitCode === null) await terminate([child.pid], 5_000);
    await core.deleteNode({ name: options.name }).catch(() => undefined);
    rmSync(stateDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    const node = await core.readNode({ name: options.name }).catch(() => undefined);
    if (node && isNodeUsable(node, new Date())) return { name: options.name, kubeletPort, events: () => events, stop };
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`node agent ${options.name} did not become Ready (exit ${String(child.exitCode)})`);
    }
    await sleep(200);
  }
}
