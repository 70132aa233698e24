import type { PodSummary } from '@berth/contracts';

export interface PendingExplanation {
  /** "Pending: " and the scheduler's own words, e.g. "0/1 nodes are available: 1 Insufficient cpu." */
  title: string;
  /** One line on what to change in the console's terms (CPU Quota, Memory Quota). */
  hint: string;
}

function hintFor(why: string): string {
  const cpu = /Insufficient cpu/i.test(why);
  const memory = /Insufficient memory/i.test(why);
  if (cpu && memory)
    return 'Lower the CPU Quota and Memory Quota requests of its containers, or make room on the node.';
  if (cpu) return 'Lower the CPU Quota request of its containers, or make room on the node.';
  if (memory) return 'Lower the Memory Quota request of its containers, or make room on the node.';
  return "No node can take the pod yet; check its requests, node selector and tolerations against the cluster's nodes.";
}

/** Why a pod of the workload waits for a node, from the first pod the scheduler could not place; undefined if none. */
export function explainPending(pods: readonly Pick<PodSummary, 'scheduling'>[]): PendingExplanation | undefined {
  const scheduling = pods.find((pod) => pod.scheduling)?.scheduling;
  if (!scheduling) return undefined;
  const why = scheduling.message ?? scheduling.reason;
  return { title: `Pending: ${why}`, hint: hintFor(why) };
}
