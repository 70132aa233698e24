import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reaches, revisionOf } from './resource-versions';

describe('revisionOf', () => {
  it.each([
    ['1', 1n],
    ['21643', 21643n],
    ['18446744073709551615', 18446744073709551615n],
    ['0', undefined],
    ['', undefined],
    [undefined, undefined],
    ['007', undefined],
    ['-3', undefined],
    ['1e3', undefined],
    [' 12', undefined],
    ['12a', undefined],
    ['MTIz', undefined],
    ['123456789012345678901', undefined],
  ])('%j is %s', (text, revision) => {
    expect(revisionOf(text)).toBe(revision);
  });
});

describe('reaches', () => {
  it.each([
    ['10', '9', true],
    ['10', '10', true],
    ['9', '10', false],
    // Compared as numbers, never as text: "9" < "10" even though "9" > "10" by characters.
    ['100', '99', true],
    ['99', '100', false],
    ['', '10', undefined],
    ['10', 'opaque', undefined],
  ])('%j reaches %j: %s', (seen, wanted, verdict) => {
    expect(reaches(seen, wanted)).toBe(verdict);
  });

  it('agrees with the order of the numbers for any two revisions', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 2n ** 64n - 1n }), fc.bigInt({ min: 1n, max: 2n ** 64n - 1n }), (a, b) => {
        expect(reaches(String(a), String(b))).toBe(a >= b);
      }),
    );
  });
});
