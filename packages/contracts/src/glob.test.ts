import { describe, expect, it } from 'vitest';
import { compileGlob, globMatch } from './glob';

describe('globMatch (Go filepath.Match on one host label)', () => {
  it.each<[string, string, boolean]>([
    ['*', 'anything', true],
    ['*', '', true],
    ['a*', 'abc', true],
    ['a*c', 'abbbc', true],
    ['a*c', 'abd', false],
    ['?', 'a', true],
    ['?', 'ab', false],
    ['[abc]', 'b', true],
    ['[^abc]', 'b', false],
    ['[^abc]', 'd', true],
    ['[a-c]x', 'bx', true],
    ['[a-c]x', 'dx', false],
    ['[z-a]', 'm', false],
    ['[^z-a]', 'm', true],
    ['[\\]]', ']', true],
    ['\\*', '*', true],
    ['\\*', 'a', false],
    ['a.b', 'aXb', false],
    ['ü*', 'über', true],
  ])('%j vs %j -> %s', (pattern, name, expected) => {
    expect(globMatch(pattern, name)).toBe(expected);
  });

  it.each(['[', '[]', '[a', '[a-', '[a-]', '[-a]', '\\', '[\\'])(
    'treats %j as a bad pattern that matches nothing',
    (pattern) => {
      expect(compileGlob(pattern)).toBeUndefined();
      expect(globMatch(pattern, 'a')).toBe(false);
    },
  );
});
