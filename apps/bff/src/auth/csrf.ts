import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** CSRF tokens bound to a session: HMAC-SHA256 of the session id under a key that lives only in this process. */
export class CsrfTokens {
  constructor(private readonly key: Buffer = randomBytes(32)) {}

  tokenFor(sessionId: string): string {
    return createHmac('sha256', this.key).update(sessionId).digest('base64url');
  }

  verify(sessionId: string, token: unknown): boolean {
    if (typeof token !== 'string') return false;
    const expected = Buffer.from(this.tokenFor(sessionId));
    const given = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
