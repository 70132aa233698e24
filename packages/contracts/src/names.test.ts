import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dnsLabelName,
  dnsLabelProblems,
  dnsSubdomainName,
  dnsSubdomainProblems,
  isDnsLabelName,
  isDnsSubdomainName,
} from './names';

// The apiserver's rule, written out independently of names.ts.
const subdomainRule = (s: string) =>
  s.length <= 253 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(s);
const labelRule = (s: string) => s.length <= 63 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(s);

// Biased to the alphabet where both outcomes are common, with lengths around the limits.
const nameChar = fc.constantFrom(...'aaaabbbz0099--..._A', ' ', 'é', '@');
const nameLike = (max: number) => fc.string({ unit: nameChar, maxLength: max });
const longName = (length: number) =>
  fc.string({ unit: fc.constantFrom('a', 'b', '1', '-', '.'), minLength: length - 3, maxLength: length + 3 });

describe('dnsSubdomainProblems', () => {
  it.each<[string, string[]]>([
    ['test', []],
    ['a', []],
    ['a.b-c.d9', []],
    ['0', []],
    ['', ['must not be empty']],
    ['a'.repeat(253), []],
    ['a'.repeat(254), ['must be at most 253 characters (254 now)']],
    ['Test', ['uppercase letters are not allowed; use lowercase']],
    ['my_secret', ["'_' is not allowed; use '-' or '.'"]],
    ['-a', ['must start with a lowercase letter or digit']],
    ['.a', ['must start with a lowercase letter or digit']],
    ['a-', ['must end with a lowercase letter or digit']],
    ['a.', ['must end with a lowercase letter or digit']],
    ['a..b', ["each '.'-separated part must start and end with a letter or digit"]],
    ['a.-b', ["each '.'-separated part must start and end with a letter or digit"]],
    ['a-.b', ["each '.'-separated part must start and end with a letter or digit"]],
    ['my secret', ["spaces are not allowed; use only lowercase letters, digits, '-' and '.'"]],
    ['a@b', ["'@' is not allowed; use only lowercase letters, digits, '-' and '.'"]],
    ['a@b#c@', ["'@', '#' are not allowed; use only lowercase letters, digits, '-' and '.'"]],
    // Invisible or reordering characters are named by code point, so the message reads as written.
    ['ab\u202ec', ["U+202E is not allowed; use only lowercase letters, digits, '-' and '.'"]],
    [
      'a\u200bb\u0301\u00a0',
      ["U+200B, U+0301, U+00A0 are not allowed; use only lowercase letters, digits, '-' and '.'"],
    ],
    ['a\u{e0001}é', ["U+E0001, 'é' are not allowed; use only lowercase letters, digits, '-' and '.'"]],
    [
      '-My_Secret..x-',
      [
        'uppercase letters are not allowed; use lowercase',
        "'_' is not allowed; use '-' or '.'",
        'must start with a lowercase letter or digit',
        'must end with a lowercase letter or digit',
        "each '.'-separated part must start and end with a letter or digit",
      ],
    ],
  ])('%j -> %j', (name, problems) => {
    expect(dnsSubdomainProblems(name)).toEqual(problems);
  });
});

describe('dnsLabelProblems', () => {
  it.each<[string, string[]]>([
    ['foo', []],
    ['my-app-2', []],
    ['a'.repeat(63), []],
    ['a'.repeat(64), ['must be at most 63 characters (64 now)']],
    ['', ['must not be empty']],
    ['a.b', ["'.' is not allowed in this name"]],
    ['.a', ["'.' is not allowed in this name"]],
    ['my_app', ["'_' is not allowed; use '-'"]],
    ['-a', ['must start with a lowercase letter or digit']],
    ['a-', ['must end with a lowercase letter or digit']],
    ['App', ['uppercase letters are not allowed; use lowercase']],
    ['a b', ["spaces are not allowed; use only lowercase letters, digits and '-'"]],
  ])('%j -> %j', (name, problems) => {
    expect(dnsLabelProblems(name)).toEqual(problems);
  });
});

describe('name schemas', () => {
  it('report every problem as its own issue', () => {
    const result = dnsSubdomainName.safeParse('-A');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'uppercase letters are not allowed; use lowercase',
      'must start with a lowercase letter or digit',
    ]);
  });

  it('accept a valid name unchanged', () => {
    expect(dnsLabelName.parse('default')).toBe('default');
    expect(dnsSubdomainName.parse('test.example')).toBe('test.example');
  });

  it('agree with the apiserver rule for subdomains on random strings', () => {
    fc.assert(
      fc.property(fc.oneof(nameLike(12), longName(253)), (name) => {
        expect(dnsSubdomainName.safeParse(name).success).toBe(subdomainRule(name));
        expect(isDnsSubdomainName(name)).toBe(subdomainRule(name));
        const problems = dnsSubdomainProblems(name);
        expect(new Set(problems).size).toBe(problems.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('agree with the apiserver rule for labels on random strings', () => {
    fc.assert(
      fc.property(fc.oneof(nameLike(12), longName(63)), (name) => {
        expect(dnsLabelName.safeParse(name).success).toBe(labelRule(name));
        expect(isDnsLabelName(name)).toBe(labelRule(name));
      }),
      { numRuns: 3000 },
    );
  });

  it('see both outcomes often with the biased generator', () => {
    const samples = fc.sample(nameLike(12), 1000);
    const valid = samples.filter(subdomainRule).length;
    expect(valid).toBeGreaterThan(100);
    expect(valid).toBeLessThan(900);
  });
});
