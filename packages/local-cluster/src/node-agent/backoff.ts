// The kubelet's image-pull back-off: 10 s doubling up to 5 min (flowcontrol.Backoff in the image manager).
export interface BackoffPolicy {
  initialMs: number;
  maxMs: number;
}

export const kubeletBackoff: BackoffPolicy = { initialMs: 10_000, maxMs: 300_000 };

/** The wait before the next pull after `failures` failed pulls in a row (1 -> initial, 2 -> twice that, ...). */
export function pullBackoffDelay(failures: number, policy: BackoffPolicy = kubeletBackoff): number {
  if (failures < 1) return 0;
  const exponent = Math.min(failures - 1, 30);
  return Math.min(policy.initialMs * 2 ** exponent, policy.maxMs);
}

/**
 * When a failed container shows `ImagePullBackOff` instead of `ErrImagePull`, and when it is pulled again.
 * The kubelet shows ErrImagePull until its next sync; half the back-off stands in for that sync.
 */
export function pullRetrySchedule(failedAt: number, failures: number, policy: BackoffPolicy = kubeletBackoff) {
  const delay = pullBackoffDelay(failures, policy);
  return { backOffAt: failedAt + Math.floor(delay / 2), retryAt: failedAt + delay };
}
