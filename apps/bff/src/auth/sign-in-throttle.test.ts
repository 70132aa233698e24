import { describe, expect, it } from 'vitest';
import { TooManyRequestsError } from '../http/errors';
import { SignInThrottle } from './sign-in-throttle';

function throttle(perAddress: number, overall: number) {
  let now = 1_000_000;
  const t = new SignInThrottle({ perAddress, overall, windowMs: 60_000, now: () => now });
  const fail = (address: string) => t.attempt(address);
  const waits = (address: string) => {
    try {
      t.attempt(address).notAFailure();
      return 0;
    } catch (error) {
      if (error instanceof TooManyRequestsError) return error.retryAfterSeconds;
      throw error;
    }
  };
  return { t, fail, waits, advance: (ms: number) => (now += ms) };
}

describe('SignInThrottle', () => {
  it('lets an address fail perAddress times a window, then says how long to wait', () => {
    const { fail, waits, advance } = throttle(3, 100);
    fail('10.0.0.1');
    advance(10_000);
    fail('10.0.0.1');
    fail('10.0.0.1');
    expect(waits('10.0.0.1')).toBe(50);
    expect(waits('10.0.0.2')).toBe(0);
    advance(50_001);
    expect(waits('10.0.0.1')).toBe(0);
  });

  it('counts an attempt before its outcome, and takes it back when it was no failure', () => {
    const { t, waits } = throttle(2, 100);
    const pending = [t.attempt('10.0.0.1'), t.attempt('10.0.0.1')];
    expect(waits('10.0.0.1')).toBeGreaterThan(0);
    pending.forEach((a) => a.notAFailure());
    expect(waits('10.0.0.1')).toBe(0);
  });

  it('past the overall budget, an address that failed waits for its own failure to age out; a clean one may try', () => {
    const { fail, waits, advance } = throttle(10, 4);
    for (const address of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) fail(address);
    advance(30_000);
    fail('10.0.0.4');
    expect(waits('10.0.0.1')).toBe(30);
    expect(waits('10.0.0.4')).toBe(60);
    expect(waits('10.0.0.5')).toBe(0);
    advance(30_001);
    expect(waits('10.0.0.1')).toBe(0);
  });

  it('counts an IPv6 /64 as one address', () => {
    const { fail, waits } = throttle(2, 100);
    fail('2001:db8:1:2::1');
    fail('2001:db8:1:2::2');
    expect(waits('2001:db8:1:2::3')).toBeGreaterThan(0);
    expect(waits('2001:db8:1:3::1')).toBe(0);
  });
});
