import { describe, expect, it } from 'vitest';
import { formatAge } from './format-age';

const now = Date.parse('2026-01-02T00:00:00Z');
const ago = (s: number) => new Date(now - s * 1000).toISOString();

describe('formatAge', () => {
  it.each([
    [16, '16s'],
    [299, '4m59s'],
    [1800, '30m'],
    [41 * 3600, '41h'],
    [5 * 86400, '5d'],
  ])('%i seconds reads %s', (seconds, expected) => {
    expect(formatAge(ago(seconds), now)).toBe(expected);
  });
});
