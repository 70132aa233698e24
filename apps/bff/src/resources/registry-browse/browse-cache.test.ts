import { describe, expect, it } from 'vitest';
import { BrowseCache } from './browse-cache';

describe('BrowseCache', () => {
  it("never answers one identity or credential with another's list", () => {
    const cache = new BrowseCache<string[]>();
    const admin = BrowseCache.key(['kubeconfig', 'r.example.com', 'catalog', 'pw-1']);
    cache.set(admin, ['team/app']);
    expect(cache.get(admin)).toEqual(['team/app']);
    expect(cache.get(BrowseCache.key(['token:abc', 'r.example.com', 'catalog', 'pw-1']))).toBeUndefined();
    // A rotated password is another key: the old answer is not served for it.
    expect(cache.get(BrowseCache.key(['kubeconfig', 'r.example.com', 'catalog', 'pw-2']))).toBeUndefined();
    // The key is a digest: no credential value is held in it.
    expect(admin).toMatch(/^[0-9a-f]{64}$/);
  });

  it('forgets an answer after its time, and the oldest past its size', () => {
    let now = 0;
    const cache = new BrowseCache<number>(1_000, 2, () => now);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
    now = 1_000;
    expect(cache.get('b')).toBeUndefined();
  });
});
