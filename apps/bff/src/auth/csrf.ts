import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A CSRF token is random per session and sealed inside the session cookie beside the session id, so it is bound to
 * that session on every replica; a page reads it from `GET /session`, a cross-site form cannot.
 */
export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

export function csrfTokenMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
