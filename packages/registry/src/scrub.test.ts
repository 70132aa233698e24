import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { credentialForms, maxMessageLength, minScrubbedLength, oneLine, scrubRegistryText } from './scrub';

const secret = fc.string({ minLength: minScrubbedLength, maxLength: 40, unit: 'grapheme' });
const text = fc.string({ maxLength: 200, unit: 'grapheme' });
const bytes = fc.uint8Array({ maxLength: 8 });
const base64 = (value: Buffer | string) => Buffer.from(value).toString('base64');
const base64Url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

describe('scrubRegistryText', () => {
  it('folds each run of control characters to one space', () => {
    expect(oneLine('a\r\nb\u0000\u007fc  d\te')).toBe('a b c  d e');
  });

  it('keeps ordinary registry words as they are', () => {
    expect(scrubRegistryText('unauthorized: authentication required', ['pa55-word'])).toBe(
      'unauthorized: authentication required',
    );
  });

  it('masks what the hostile token server of issue 14 echoed: the Basic header and its parts', () => {
    const auth = base64('stored-user:stored-password');
    const echoed = `unauthorized: echo Basic ${auth} from stored-user:stored-password (${base64('Basic ' + auth)})`;
    const scrubbed = scrubRegistryText(echoed, ['stored-password', 'stored-user:stored-password']);
    expect(scrubbed).not.toContain('stored-password');
    expect(scrubbed).not.toContain(auth.replace(/=+$/, ''));
    expect(scrubbed).toContain('unauthorized: echo Basic ***');
  });

  it('leaves no credential as sent, URL-encoded, or in base64/base64url at any alignment, and stays one capped line', () => {
    fc.assert(
      fc.property(secret, text, text, bytes, bytes, (value, before, after, prefix, suffix) => {
        const embedded = Buffer.concat([Buffer.from(prefix), Buffer.from(value), Buffer.from(suffix)]);
        const echoed = [before, value, encodeURIComponent(value), base64(embedded), base64Url(embedded), after].join(
          '\n',
        );
        const scrubbed = scrubRegistryText(echoed, [value]);
        expect(scrubbed.length).toBeLessThanOrEqual(maxMessageLength);
        expect(oneLine(scrubbed)).toBe(scrubbed);
        for (const form of credentialForms(value)) expect(scrubbed).not.toContain(form);
        expect(scrubbed).not.toContain(value);
      }),
      { numRuns: 2_000 },
    );
  });

  it('never lets a credential through at the cut, nor one that the mask and its neighbours spell again', () => {
    fc.assert(
      fc.property(secret, fc.integer({ min: 0, max: 400 }), (value, at) => {
        const echoed = `${'x'.repeat(at)}${value}${value.slice(0, 2)}${value}`;
        const scrubbed = scrubRegistryText(echoed, [value, `a${value}`]);
        expect(scrubbed).not.toContain(value);
        expect(scrubbed.length).toBeLessThanOrEqual(maxMessageLength);
      }),
    );
    expect(scrubRegistryText('aa***', ['a***'])).toBe('***');
  });

  it('leaves text without credentials intact, only folded to one line and capped', () => {
    fc.assert(
      fc.property(text, (value) => {
        const scrubbed = scrubRegistryText(value, []);
        expect(scrubbed).toBe(oneLine(value));
      }),
    );
    expect(scrubRegistryText('e'.repeat(1000), [])).toBe(`${'e'.repeat(maxMessageLength - 1)}…`);
  });
});
