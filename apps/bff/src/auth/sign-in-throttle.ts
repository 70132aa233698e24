import { TooManyRequestsError } from '../http/errors';
import { FailureBudget } from '../http/failure-budget';
import { clientAddressKey } from './client-address';

export interface SignInLimits {
  /** Failed sign-ins one client address (an IPv6 /64) may make in a window. */
  perAddress: number;
  /** Failed sign-ins of all addresses together in a window; past it each address may fail only once per window. */
  overall: number;
  windowMs: number;
  /** The clock; tests move it instead of sleeping. */
  now?: () => number;
}

export const defaultSignInLimits: SignInLimits = { perAddress: 10, overall: 100, windowMs: 5 * 60_000 };

/** An attempt counted as failed until its outcome says otherwise. */
export interface SignInAttempt {
  /** The token was accepted, or the API server could not judge it: not a failed guess. */
  notAFailure(): void;
}

/**
 * Throttles failed sign-ins without letting anyone lock others out. Only failures count, so a right token never
 * spends budget. Each address may fail `perAddress` times per window. Once all addresses together have failed
 * `overall` times, each address may fail only once per window: a distributed guesser slows to one guess per address,
 * yet an address with no recent failure may always try, and one that did waits one window after its own last
 * failure, whatever others do. Attempts are counted before the API server answers, so a burst cannot overtake its budget.
 */
export class SignInThrottle {
  private readonly limits: SignInLimits;
  private readonly byAddress: FailureBudget;
  private readonly everyone: FailureBudget;

  constructor(limits: Partial<SignInLimits> = {}) {
    this.limits = { ...defaultSignInLimits, ...limits };
    const { perAddress, overall, windowMs, now = Date.now } = this.limits;
    this.byAddress = new FailureBudget(perAddress, windowMs, now);
    this.everyone = new FailureBudget(overall, windowMs, now);
  }

  /** Counts the attempt as failed, or throws 429 with the seconds to wait when this address may not try now. */
  attempt(remoteAddress: string | undefined): SignInAttempt {
    const key = clientAddressKey(remoteAddress);
    const storm = this.everyone.waitSeconds('all') > 0;
    const wait = this.byAddress.waitSeconds(key, storm ? 1 : this.limits.perAddress);
    if (wait > 0) {
      const why = storm ? 'Too many failed sign-ins on this Berth' : 'Too many failed sign-ins from your address';
      throw new TooManyRequestsError(wait, `${why}; try again in ${wait} s`);
    }
    const takeBack = [this.byAddress.recordFailure(key), this.everyone.recordFailure('all')];
    return { notAFailure: () => takeBack.forEach((f) => f()) };
  }
}
