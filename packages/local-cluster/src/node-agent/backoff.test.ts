import { describe, expect, it } from 'vitest';
import { kubeletBackoff, pullBackoffDelay, pullRetrySchedule } from './backoff';

describe('pullBackoffDelay', () => {
  it('follows the kubelet: 10 s doubling up to 5 min', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => pullBackoffDelay(n, kubeletBackoff) / 1000);
    expect(delays).toEqual([10, 20, 40, 80, 160, 300, 300, 300]);
  });

  it('takes a short policy for tests and never overflows', () => {
    const policy = { initialMs: 1000, maxMs: 4000 };
    expect([1, 2, 3, 4, 1000].map((n) => pullBackoffDelay(n, policy))).toEqual([1000, 2000, 4000, 4000, 4000]);
    expect(pullBackoffDelay(0, policy)).toBe(0);
  });
});

describe('pullRetrySchedule', () => {
  it('shows ImagePullBackOff half-way and pulls again when the back-off ends', () => {
    expect(pullRetrySchedule(1_000, 2, { initialMs: 1000, maxMs: 4000 })).toEqual({ backOffAt: 2_000, retryAt: 3_000 });
  });
});
