import { describe, expect, it } from 'vitest';
import { CheckLimit } from './check-limit';
import { HttpError } from '../../http/errors';

/** A check that stays open until the test lets it finish. */
function held() {
  let release = () => {};
  const done = new Promise<void>((resolve) => (release = resolve));
  return { done, release };
}

describe('CheckLimit', () => {
  it('runs a few checks at once, queues a few, turns the rest away with 503 and lets the queue through in order', async () => {
    const limit = new CheckLimit(2, 1);
    const started: number[] = [];
    const checks = [0, 1, 2].map(() => held());
    const runs = checks.map((check, i) =>
      limit.run(async () => {
        started.push(i);
        await check.done;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    await expect(limit.run(() => Promise.resolve(9))).rejects.toMatchObject({
      status: 503,
      reason: 'ServiceUnavailable',
    });
    checks[0]?.release();
    await runs[0];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);
    checks[1]?.release();
    checks[2]?.release();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    // All slots are free again, a failed check included.
    await expect(limit.run(() => Promise.reject(new Error('registry down')))).rejects.toThrow('registry down');
    expect(await Promise.all([limit.run(() => Promise.resolve('a')), limit.run(() => Promise.resolve('b'))])).toEqual([
      'a',
      'b',
    ]);
  });

  it('is an HttpError the error middleware answers with', async () => {
    const limit = new CheckLimit(0, 0);
    await expect(limit.run(() => Promise.resolve())).rejects.toBeInstanceOf(HttpError);
  });
});
