import { createHash } from 'node:crypto';

/**
 * Lists answered in the last few seconds, so typing in the image fields does not ask the registry on every keystroke.
 * The key hashes the identity with the credential values read as that identity: never shared across identities, and a
 * rotated password misses at once. Values are repository and tag names only.
 */
export class BrowseCache<T> {
  private readonly entries = new Map<string, { value: T; expires: number }>();

  constructor(
    private readonly ttlMs = 20_000,
    private readonly maxEntries = 500,
    private readonly now: () => number = Date.now,
  ) {}

  static key(parts: readonly unknown[]): string {
    return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
  }

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: T): void {
    this.entries.delete(key);
    // Oldest first out: a Map iterates in insertion order.
    while (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done === true) break;
      this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, expires: this.now() + this.ttlMs });
  }
}
