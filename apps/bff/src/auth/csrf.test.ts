import { describe, expect, it } from 'vitest';
import { csrfTokenMatches, newCsrfToken } from './csrf';

describe('CSRF tokens', () => {
  it('are 256 random bits, different per session', () => {
    const token = newCsrfToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(newCsrfToken()).not.toBe(token);
  });

  it('match only the exact token of the session', () => {
    const token = newCsrfToken();
    const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(csrfTokenMatches(token, token)).toBe(true);
    for (const given of [altered, newCsrfToken(), `${token}x`, '', undefined, 42])
      expect(csrfTokenMatches(token, given), String(given)).toBe(false);
  });
});
