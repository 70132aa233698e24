import { HttpError } from './errors';

/**
 * Counts failed logins per registry and username, so a user retrying a wrong password
 * cannot get their registry account locked through Berth.
 */
export class FailureBudget {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit = 5,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const times = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    return times;
  }

  /** Throws 429 when the key has used up its failures in the window. */
  assertAllowed(key: string): void {
    const times = this.recent(key);
    if (times.length >= this.limit) {
      const waitSeconds = Math.ceil(((times[0] ?? 0) + this.windowMs - this.now()) / 1000);
      throw new HttpError(
        429,
        'TooManyRequests',
        `${this.limit} failed checks for this registry and user in the last minute; wait ${waitSeconds} s so the registry does not lock the account`,
      );
    }
  }

  recordFailure(key: string): void {
    this.failures.set(key, [...this.recent(key), this.now()]);
  }
}
