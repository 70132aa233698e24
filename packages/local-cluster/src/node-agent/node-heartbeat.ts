// Registers the Node and keeps it Ready: a status update every 10 s, and the not-ready taints removed.
import type { CoreV1Api, V1Taint } from '@kubernetes/client-node';
import { isConflict, isNotFound } from './api-errors';
import { errorText, type NodeAgentLog } from './log';
import { newNode, nodeName, nodeStatus, withoutNotReadyTaints } from './node-object';
import type { NodeResources } from './node-resources';

/** What the Node says of itself beyond its status: the kubelet port, and taints it registers with (--register-with-taints). */
export interface NodeRegistration {
  kubeletPort?: number;
  taints?: V1Taint[];
}

export const heartbeatIntervalMs = 10_000;

async function ensureNodeExists(core: CoreV1Api, log: NodeAgentLog, taints?: V1Taint[]): Promise<void> {
  try {
    await core.readNode({ name: nodeName });
  } catch (error) {
    if (!isNotFound(error)) throw error;
    try {
      await core.createNode({ body: newNode(taints) });
      log('node-registered', { node: nodeName });
    } catch (createError) {
      // Another agent instance won the race: fine, the heartbeat takes it from here.
      if (!isConflict(createError)) throw createError;
    }
  }
}

/** One heartbeat: post Ready status and drop not-ready/unreachable taints. Conflicts wait for the next beat. */
export async function postNodeHeartbeat(
  core: CoreV1Api,
  log: NodeAgentLog,
  resources?: NodeResources,
  now: Date = new Date(),
  registration: NodeRegistration = {},
): Promise<void> {
  await ensureNodeExists(core, log, registration.taints);
  const node = await core.readNode({ name: nodeName });
  const taints = withoutNotReadyTaints(node.spec?.taints);
  if (taints) {
    const untainted = await core.replaceNode({ name: nodeName, body: { ...node, spec: { ...node.spec, taints } } });
    log('node-untainted', { node: nodeName });
    node.metadata = untainted.metadata;
  }
  await core.replaceNodeStatus({
    name: nodeName,
    body: { ...node, status: nodeStatus(node.status, now, resources, registration.kubeletPort) },
  });
}

/** Beats now and every `intervalMs`; returns a stop function. Failures are logged and retried on the next beat. */
export function startNodeHeartbeat(
  core: CoreV1Api,
  log: NodeAgentLog,
  resources?: NodeResources,
  intervalMs = heartbeatIntervalMs,
  registration: NodeRegistration = {},
): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const beat = async (): Promise<void> => {
    try {
      await postNodeHeartbeat(core, log, resources, new Date(), registration);
    } catch (error) {
      log(isConflict(error) ? 'node-heartbeat-conflict' : 'node-heartbeat-failed', { error: errorText(error) });
    }
    if (!stopped) timer = setTimeout(() => void beat(), intervalMs);
  };
  void beat();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
