import { describe, expect, it } from 'vitest';
import { countOf } from './count-of';

describe('countOf', () => {
  it.each<[number, string, string | undefined, string]>([
    [0, 'secret', undefined, '0 secrets'],
    [1, 'secret', undefined, '1 secret'],
    [2, 'workload', undefined, '2 workloads'],
    [5000, 'secret', undefined, '5000 secrets'],
    [1, 'registry', 'registries', '1 registry'],
    [3, 'registry', 'registries', '3 registries'],
  ])('%i %s -> %s', (count, singular, plural, words) => {
    expect(countOf(count, singular, plural)).toBe(words);
  });
});
