import { HttpError } from '../../http/errors';

/**
 * A global cap on registry checks in flight: a few run, a few wait their turn, the rest are turned away at once,
 * so a burst of checks against hanging registries cannot open hundreds of outgoing connections.
 */
export class CheckLimit {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly running = 16,
    private readonly queued = 32,
  ) {}

  async run<T>(check: () => Promise<T>): Promise<T> {
    if (this.active < this.running) {
      this.active++;
    } else {
      if (this.waiting.length >= this.queued) {
        throw new HttpError(
          503,
          'ServiceUnavailable',
          `${this.running + this.queued} registry checks are already under way; try again in a few seconds`,
        );
      }
      // The finishing check hands its slot straight to the next in line.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    try {
      return await check();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
