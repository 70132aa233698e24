import { describe, expect, it } from 'vitest';
import { CsrfTokens } from './csrf';

describe('CsrfTokens', () => {
  it('accepts the token of this session only', () => {
    const csrf = new CsrfTokens();
    const token = csrf.tokenFor('session-a');
    expect(csrf.verify('session-a', token)).toBe(true);
    expect(csrf.verify('session-b', token)).toBe(false);
    expect(csrf.verify('session-a', `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBe(false);
    expect(csrf.verify('session-a', undefined)).toBe(false);
    expect(csrf.verify('session-a', '')).toBe(false);
  });

  it('depends on a key of this process, so another server cannot mint tokens', () => {
    expect(new CsrfTokens().tokenFor('s')).not.toBe(new CsrfTokens().tokenFor('s'));
  });
});
