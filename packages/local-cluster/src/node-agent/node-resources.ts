// The CPU, memory and pods the Node advertises, so the scheduler places pods by their requests as on a real node.
import { availableParallelism, totalmem } from 'node:os';

export interface NodeResources {
  /** Whole or milli CPUs as Kubernetes writes them: "2", "1500m". */
  cpu: string;
  /** Bytes of memory the node has (its capacity). */
  memoryBytes: number;
  pods: number;
}

const Mi = 1024 ** 2;
/** The kubelet's default hard eviction threshold (`memory.available<100Mi`), held back from allocatable. */
export const evictionReserveBytes = 100 * Mi;

const memorySuffixes: Record<string, number> = {
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 1024,
  Mi,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
};

/** "8Gi", "4096Mi", "2G" or plain bytes; undefined when it is not a memory quantity. */
export function parseMemory(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?$/.exec(text.trim());
  if (!match) return undefined;
  const bytes = Math.floor(Number(match[1]) * (memorySuffixes[match[2] ?? ''] ?? 1));
  return bytes > 0 ? bytes : undefined;
}

/** "2", "0.5" or "1500m", normalised to what the kubelet writes ("2", "500m"); undefined when not a CPU quantity. */
export function parseCpu(text: string): string | undefined {
  const match = /^(\d+(?:\.\d+)?)(m)?$/.exec(text.trim());
  if (!match) return undefined;
  const milli = Math.round(Number(match[1]) * (match[2] ? 1 : 1000));
  if (milli <= 0) return undefined;
  return milli % 1000 === 0 ? String(milli / 1000) : `${String(milli)}m`;
}

/** This machine's cores, and half its memory (the control plane, registries and the console live on the rest). */
export function defaultNodeResources(): NodeResources {
  return { cpu: String(availableParallelism()), memoryBytes: Math.floor(totalmem() / 2 / Mi) * Mi, pods: 110 };
}

const ki = (bytes: number): string => `${String(Math.floor(bytes / 1024))}Ki`;

/** Capacity and allocatable as the kubelet reports them: memory in Ki, allocatable less the eviction reserve. */
export function nodeResourceLists(resources: NodeResources): {
  capacity: Record<string, string>;
  allocatable: Record<string, string>;
} {
  const common = { cpu: resources.cpu, pods: String(resources.pods), 'ephemeral-storage': '100Gi' };
  const allocatableBytes = Math.max(resources.memoryBytes - evictionReserveBytes, 0);
  return {
    capacity: { ...common, memory: ki(resources.memoryBytes) },
    allocatable: { ...common, memory: ki(allocatableBytes) },
  };
}
