import { TooManyRequestsError } from './errors';

/**
 * Counts failures per key in a sliding window: failed logins per registry and username, so a user retrying a wrong
 * password cannot get their registry account locked through Berth, and failed sign-ins per client address.
 */
export class FailureBudget {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit = 5,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
    /** Keys kept at most; past it keys with no recent failure go first, then the oldest (an attacker's many addresses). */
    private readonly maxKeys = 10_000,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const times = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    return times;
  }

  /** Seconds until `key` may fail again with `limit` failures allowed in the window; 0 when it may now. */
  waitSeconds(key: string, limit = this.limit): number {
    const times = this.recent(key);
    if (times.length < limit) return 0;
    // Allowed again once the failure that filled the budget leaves the window.
    const filling = times[times.length - limit] ?? this.now();
    return Math.max(1, Math.ceil((filling + this.windowMs - this.now()) / 1000));
  }

  /** Throws 429 when the key has used up its failures in the window. */
  assertAllowed(key: string): void {
    const waitSeconds = this.waitSeconds(key);
    if (waitSeconds > 0) {
      throw new TooManyRequestsError(
        waitSeconds,
        `${this.limit} failed checks for this registry and user in the last minute; wait ${waitSeconds} s so the registry does not lock the account`,
      );
    }
  }

  /** Counts a failure now; the function returned takes it back (an attempt counted before its outcome was known). */
  recordFailure(key: string): () => void {
    const at = this.now();
    // Only the newest `limit` failures decide anything, so no key holds more.
    this.failures.set(key, [...this.recent(key), at].slice(-this.limit));
    if (this.failures.size > this.maxKeys) this.sweep();
    return () => {
      const times = this.failures.get(key);
      const index = times?.lastIndexOf(at) ?? -1;
      if (times !== undefined && index !== -1) times.splice(index, 1);
    };
  }

  private sweep(): void {
    for (const key of [...this.failures.keys()]) this.recent(key);
    for (const key of this.failures.keys()) {
      if (this.failures.size <= this.maxKeys) break;
      this.failures.delete(key);
    }
  }
}
