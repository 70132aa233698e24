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
});
