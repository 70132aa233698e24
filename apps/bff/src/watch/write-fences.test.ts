import { describe, expect, it } from 'vitest';
import { WriteFences, type FencedStore } from './write-fences';

/** A cache at `resourceVersion` holding objects by name -> uid. */
function store(resourceVersion: string, objects: Record<string, string> = {}): FencedStore {
  return {
    resourceVersion,
    get: (name) => (objects[name] === undefined ? undefined : { metadata: { uid: objects[name] } }),
  };
}

describe('WriteFences', () => {
  it('lets any synced cache answer where nothing was written', () => {
    expect(new WriteFences().passed('ns', 'secrets', store('5'))).toBe(true);
  });

  it.each([
    ['behind the write', '99', false],
    ['at the write', '100', true],
    ['past the write', '101', true],
    ['unparsable', 'opaque', undefined],
  ])('a cache %s: %s', (_case, cacheVersion, verdict) => {
    const fences = new WriteFences();
    fences.acknowledge('ns', 'secrets', { resourceVersion: '100' });
    expect(fences.passed('ns', 'secrets', store(cacheVersion))).toBe(verdict);
  });

  it('keeps the newest write, compared as numbers', () => {
    const fences = new WriteFences();
    fences.acknowledge('ns', 'secrets', { resourceVersion: '100' });
    fences.acknowledge('ns', 'secrets', { resourceVersion: '99' });
    expect(fences.passed('ns', 'secrets', store('99'))).toBe(false);
    expect(fences.passed('ns', 'secrets', store('100'))).toBe(true);
  });

  it('fences only the namespace and kind written', () => {
    const fences = new WriteFences();
    fences.acknowledge('ns', 'secrets', { resourceVersion: '100' });
    expect(fences.passed('other', 'secrets', store('1'))).toBe(true);
    expect(fences.passed('ns', 'deployments', store('1'))).toBe(true);
  });

  it('holds a cache back while it still has the deleted object, not a new one of the same name', () => {
    const fences = new WriteFences();
    fences.acknowledge('ns', 'secrets', { deleted: { name: 'a', uid: 'u1' } });
    expect(fences.passed('ns', 'secrets', store('5', { a: 'u1' }))).toBe(false);
    expect(fences.passed('ns', 'secrets', store('5', {}))).toBe(true);
    expect(fences.passed('ns', 'secrets', store('5', { a: 'u2' }))).toBe(true);
  });

  it('sends every list to the API server after a write whose resourceVersion does not parse', () => {
    const fences = new WriteFences();
    fences.acknowledge('ns', 'secrets', { resourceVersion: '' });
    fences.acknowledge('ns', 'secrets', { resourceVersion: '200' });
    expect(fences.passed('ns', 'secrets', store('300'))).toBeUndefined();
  });

  it('forgets fences after their time to live', async () => {
    const fences = new WriteFences({ ttlMs: 20 });
    fences.acknowledge('ns', 'secrets', { resourceVersion: '100' });
    expect(fences.passed('ns', 'secrets', store('1'))).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(fences.passed('ns', 'secrets', store('1'))).toBe(true);
  });
});
