import { describe, expect, it } from 'vitest';
import { connectKubernetes } from '../kube/clients';
import { unreachableKubeConfig } from '../testing/unreachable-cluster';
import { type AccessAnswer, limitReviews } from './watch-access';

describe('limitReviews', () => {
  it.each([1, 3, 8])('keeps at most %i reviews in flight and answers every one in turn', async (limit) => {
    let inFlight = 0;
    let most = 0;
    const finish: (() => void)[] = [];
    const limited = limitReviews(async (_k, kind) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise<void>((resolve) => finish.push(resolve));
      inFlight -= 1;
      return (kind === 'secrets' ? 'allowed' : 'denied') satisfies AccessAnswer;
    }, limit);
    const kubernetes = connectKubernetes(unreachableKubeConfig());
    const answers = Array.from({ length: 20 }, (_, i) =>
      limited(kubernetes, i % 2 ? 'pods' : 'secrets', 'default', ['watch']),
    );
    // Releasing one review at a time, while new ones keep arriving, never lets more than `limit` run.
    for (let released = 0; released < 20; released += 1) {
      await new Promise((resolve) => setImmediate(resolve));
      expect(inFlight).toBeLessThanOrEqual(limit);
      if (released === 5) answers.push(limited(kubernetes, 'secrets', 'default', ['watch']));
      finish.shift()?.();
    }
    await new Promise((resolve) => setImmediate(resolve));
    finish.shift()?.();
    const all = await Promise.all(answers);
    expect(all).toHaveLength(21);
    expect(all.slice(0, 4)).toEqual(['allowed', 'denied', 'allowed', 'denied']);
    expect(most).toBe(limit);
  });
});
