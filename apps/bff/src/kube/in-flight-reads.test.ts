import { describe, expect, it } from 'vitest';
import { InFlightReads } from './in-flight-reads';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('InFlightReads', () => {
  it('gives concurrent identical reads one call and one answer', async () => {
    const reads = new InFlightReads<string>();
    const upstream = deferred<string>();
    let calls = 0;
    const read = () => {
      calls += 1;
      return upstream.promise;
    };
    const answers = Promise.all([reads.share('secrets/a', 'alice', read), reads.share('secrets/a', 'alice', read)]);
    upstream.resolve('list');
    expect(await answers).toEqual(['list', 'list']);
    expect(calls).toBe(1);
  });

  it('never shares across identities, queries or scopes', async () => {
    const reads = new InFlightReads<string>();
    const pending = deferred<string>();
    void reads.share('secrets/a', 'alice', () => pending.promise);
    const answers = await Promise.all([
      reads.share('secrets/a', 'bob', () => Promise.resolve('bob')),
      reads.share('secrets/a', 'alice type=x', () => Promise.resolve('filtered')),
      reads.share('secrets/b', 'alice', () => Promise.resolve('other namespace')),
    ]);
    expect(answers).toEqual(['bob', 'filtered', 'other namespace']);
    pending.resolve('alice');
  });

  it('keeps nothing once a read settles, so a later read calls again', async () => {
    const reads = new InFlightReads<number>();
    let calls = 0;
    const read = () => Promise.resolve(++calls);
    expect(await reads.share('s', 'k', read)).toBe(1);
    expect(await reads.share('s', 'k', read)).toBe(2);
    expect(reads.size).toBe(0);
  });

  it('hands a failure to every reader that joined, then forgets it', async () => {
    const reads = new InFlightReads<string>();
    const upstream = deferred<string>();
    const both = [reads.share('s', 'k', () => upstream.promise), reads.share('s', 'k', () => upstream.promise)];
    upstream.reject(new Error('forbidden'));
    for (const answer of both) await expect(answer).rejects.toThrow('forbidden');
    expect(await reads.share('s', 'k', () => Promise.resolve('retried'))).toBe('retried');
  });

  it('starts a new read after a write in the scope, while the older one still finishes for those who joined it', async () => {
    const reads = new InFlightReads<string>();
    const before = deferred<string>();
    const early = reads.share('secrets/a', 'alice', () => before.promise);
    reads.forget('secrets/a');
    const late = reads.share('secrets/a', 'alice', () => Promise.resolve('after the write'));
    before.resolve('before the write');
    expect(await early).toBe('before the write');
    expect(await late).toBe('after the write');
    expect(reads.size).toBe(0);
  });
});
