import { describe, expect, it } from 'vitest';
import { HttpError } from './errors';
import { FailureBudget } from './failure-budget';

describe('FailureBudget', () => {
  it('allows five failures a minute per key, then answers 429 until the window moves on', () => {
    let now = 0;
    const budget = new FailureBudget(5, 60_000, () => now);
    for (let i = 0; i < 5; i++) {
      budget.assertAllowed('a');
      budget.recordFailure('a');
      now += 1_000;
    }
    expect(() => budget.assertAllowed('a')).toThrow(HttpError);
    budget.assertAllowed('b');
    now = 60_001;
    budget.assertAllowed('a');
  });

  it('says how long to wait', () => {
    const budget = new FailureBudget(1, 60_000, () => 30_000);
    budget.recordFailure('a');
    expect(() => budget.assertAllowed('a')).toThrow(/wait 60 s/);
  });

  it('waits for the failure that filled a smaller limit too', () => {
    let now = 0;
    const budget = new FailureBudget(5, 60_000, () => now);
    budget.recordFailure('a');
    now = 20_000;
    budget.recordFailure('a');
    expect(budget.waitSeconds('a')).toBe(0);
    expect(budget.waitSeconds('a', 2)).toBe(40);
    expect(budget.waitSeconds('a', 1)).toBe(60);
  });

  it('takes back a failure counted before its outcome', () => {
    const budget = new FailureBudget(1, 60_000, () => 0);
    const takeBack = budget.recordFailure('a');
    expect(budget.waitSeconds('a')).toBe(60);
    takeBack();
    expect(budget.waitSeconds('a')).toBe(0);
  });

  it('keeps at most maxKeys keys, dropping the oldest', () => {
    let now = 0;
    const budget = new FailureBudget(1, 60_000, () => now, 3);
    for (const key of ['a', 'b', 'c', 'd']) {
      budget.recordFailure(key);
      now += 1;
    }
    expect(budget.waitSeconds('a')).toBe(0);
    for (const key of ['b', 'c', 'd']) expect(budget.waitSeconds(key)).toBeGreaterThan(0);
  });
});
