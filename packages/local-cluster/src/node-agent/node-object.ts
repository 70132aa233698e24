// The Node the agent registers: what the kubelet would report for a small Linux machine.
import { release } from 'node:os';
import type { V1Node, V1NodeCondition, V1NodeStatus, V1Taint } from '@kubernetes/client-node';
import { defaultNodeResources, nodeResourceLists, type NodeResources } from './node-resources';

/** BERTH_NODE_NAME names the node of a second local cluster (`berth-local-2-node`); the first keeps this default. */
export const defaultNodeName = 'berth-local-node';
export const nodeName = process.env.BERTH_NODE_NAME || defaultNodeName;
export const nodeIP = '127.0.0.1';
export const kubeletVersion = 'v1.20.2';
/** The kubelet's default port; cluster N's node takes 10250 + N - 1 (cluster-plan.ts). */
export const defaultKubeletPort = 10250;

/** Taints the node lifecycle controller adds while a node does not heartbeat; the agent removes them. */
export const notReadyTaintKeys = ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable'];

/** Kubernetes' names for Node's `process.arch` values. */
export function kubernetesArch(arch: string = process.arch): string {
  const names: Record<string, string> = { x64: 'amd64', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' };
  return names[arch] ?? arch;
}

export function nodeLabels(): Record<string, string> {
  return {
    'kubernetes.io/hostname': nodeName,
    'kubernetes.io/os': 'linux',
    'kubernetes.io/arch': kubernetesArch(),
    'beta.kubernetes.io/os': 'linux',
    'beta.kubernetes.io/arch': kubernetesArch(),
  };
}

export function newNode(taints?: V1Taint[]): V1Node {
  const spec = taints && taints.length > 0 ? { taints } : {};
  return { apiVersion: 'v1', kind: 'Node', metadata: { name: nodeName, labels: nodeLabels() }, spec };
}

const conditionTexts: Array<Pick<V1NodeCondition, 'type' | 'status' | 'reason' | 'message'>> = [
  {
    type: 'MemoryPressure',
    status: 'False',
    reason: 'KubeletHasSufficientMemory',
    message: 'kubelet has sufficient memory available',
  },
  {
    type: 'DiskPressure',
    status: 'False',
    reason: 'KubeletHasNoDiskPressure',
    message: 'kubelet has no disk pressure',
  },
  {
    type: 'PIDPressure',
    status: 'False',
    reason: 'KubeletHasSufficientPID',
    message: 'kubelet has sufficient PID available',
  },
  { type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' },
];

/** The status a heartbeat posts; a condition keeps its `lastTransitionTime` while its status is unchanged. */
export function nodeStatus(
  previous: V1NodeStatus | undefined,
  now: Date,
  resources: NodeResources = defaultNodeResources(),
  kubeletPort: number = defaultKubeletPort,
): V1NodeStatus {
  const { capacity, allocatable } = nodeResourceLists(resources);
  const conditions = conditionTexts.map((text): V1NodeCondition => {
    const before = previous?.conditions?.find((c) => c.type === text.type);
    const unchanged = before?.status === text.status && before.lastTransitionTime !== undefined;
    return { ...text, lastHeartbeatTime: now, lastTransitionTime: unchanged ? before.lastTransitionTime : now };
  });
  return {
    ...previous,
    capacity,
    allocatable,
    conditions,
    // No Hostname address: kube-apiserver prefers it by default (--kubelet-preferred-address-types), and the node's
    // name does not resolve, so `pods/log` would fail to dial it; the InternalIP is where the agent listens.
    addresses: [{ type: 'InternalIP', address: nodeIP }],
    daemonEndpoints: { kubeletEndpoint: { Port: kubeletPort } },
    nodeInfo: {
      machineID: 'berth-local-node',
      systemUUID: 'berth-local-node',
      bootID: previous?.nodeInfo?.bootID ?? 'berth-local-node',
      kernelVersion: release(),
      osImage: 'Berth local node',
      containerRuntimeVersion: 'berth-node-agent://0.0.0',
      kubeletVersion,
      kubeProxyVersion: kubeletVersion,
      operatingSystem: 'linux',
      architecture: kubernetesArch(),
    },
  };
}

/** The node's taints without the not-ready/unreachable ones, or undefined when there is nothing to remove. */
export function withoutNotReadyTaints(taints: V1Taint[] | undefined): V1Taint[] | undefined {
  if (!taints?.some((t) => notReadyTaintKeys.includes(t.key))) return undefined;
  return taints.filter((t) => !notReadyTaintKeys.includes(t.key));
}

/** What `isReady` and the tests mean by a usable node: Ready=True, recently heartbeated, no not-ready taint. */
export function isNodeUsable(node: V1Node, now: Date, maxHeartbeatAgeMs = 25_000): boolean {
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
  if (ready?.status !== 'True') return false;
  const heartbeat = ready.lastHeartbeatTime ? new Date(ready.lastHeartbeatTime).getTime() : 0;
  if (now.getTime() - heartbeat > maxHeartbeatAgeMs) return false;
  return !node.spec?.taints?.some((t) => notReadyTaintKeys.includes(t.key));
}
