import { describe, expect, it } from 'vitest';
import { compareQuantities, parseQuantity, quantityProblem } from './quantity';

const q = (text: string) => {
  const parsed = parseQuantity(text);
  if (!parsed) throw new Error(`not a quantity: ${text}`);
  return parsed;
};

describe('parseQuantity', () => {
  it.each([
    '250m',
    '0.5',
    '1',
    '128Mi',
    '1Gi',
    '500M',
    '1e3',
    '1E-3',
    '.5',
    '5.',
    '+1',
    '0',
    '128974848',
    '12n',
    '3u',
    '2k',
  ])('reads %s as kube-apiserver does', (text) => expect(parseQuantity(text)).toBeDefined());

  it.each(['', 'm', '1mi', '1 Gi', '1GB', '1.2.3', '0x10', 'one', '1Ki1', '1e', '1e1000'])('refuses %j', (text) =>
    expect(parseQuantity(text)).toBeUndefined(),
  );

  it.each([
    ['0.1', '100m', 0],
    ['1', '1000m', 0],
    ['1Ki', '1024', 0],
    ['1Gi', '1G', 1],
    ['500M', '1Gi', -1],
    ['1e3', '1k', 0],
    ['250m', '0.25', 0],
    ['249m', '0.25', -1],
  ])('compares %s with %s: %i', (a, b, sign) => expect(compareQuantities(q(a), q(b))).toBe(sign));
});

describe('quantityProblem', () => {
  it.each([
    ['abc', 'cpu', "must be a quantity such as cores like '0.5' or '1', or millicores like '250m'"],
    ['1GB', 'memory', "must be a quantity such as '128Mi', '1Gi' or '500M'"],
    ['-1', 'cpu', 'must not be negative'],
    ['250m', 'cpu', undefined],
    ['128Mi', 'memory', undefined],
  ] as const)('%s (%s): %s', (text, resource, problem) => expect(quantityProblem(text, resource)).toBe(problem));
});
