import type { RequestHandler, Response } from 'express';

/**
 * Identical reads that arrive while one is in flight share its answer instead of each listing the namespace again:
 * under 50 concurrent users of one list the BFF held 50 copies of it. Nothing is kept once the read settles, so no
 * answer is older than the read that produced it. Keys name the identity: two identities never share a read.
 */
export class InFlightReads<T> {
  /** scope (kind and namespace) -> key (identity and query) -> the read in flight. */
  private readonly reads = new Map<string, Map<string, Promise<T>>>();

  /** The read in flight for this scope and key, or a new one made by `read`. */
  share(scope: string, key: string, read: () => Promise<T>): Promise<T> {
    let inScope = this.reads.get(scope);
    const current = inScope?.get(key);
    if (current !== undefined) return current;
    if (inScope === undefined) {
      inScope = new Map();
      this.reads.set(scope, inScope);
    }
    const scoped = inScope;
    const flight = read().finally(() => {
      if (scoped.get(key) === flight) scoped.delete(key);
      if (scoped.size === 0 && this.reads.get(scope) === scoped) this.reads.delete(scope);
    });
    scoped.set(key, flight);
    return flight;
  }

  /** After a write in this scope, later reads start afresh rather than join one that may have begun before it. */
  forget(scope: string): void {
    this.reads.delete(scope);
  }

  /** Reads in flight, for tests. */
  get size(): number {
    let size = 0;
    for (const inScope of this.reads.values()) size += inScope.size;
    return size;
  }
}

/** Middleware: once a write in a scope is answered, later reads there start afresh instead of joining an older one. */
export function forgetAfterWrites(reads: InFlightReads<unknown>, scopeOf: (res: Response) => string): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET') res.once('finish', () => reads.forget(scopeOf(res)));
    next();
  };
}
