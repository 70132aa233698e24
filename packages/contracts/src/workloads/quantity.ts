/** A Kubernetes resource quantity as an exact fraction, so '0.1' and '100m' compare equal. */
export interface Quantity {
  numerator: bigint;
  denominator: bigint;
}

// apimachinery's resource.Quantity grammar: signed decimal number, then a binary, decimal or exponent suffix.
const quantityPattern = /^([+-]?)([0-9]+\.?[0-9]*|\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?[0-9]+)?$/;
const binaryPowers: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const decimalPowers: Record<string, number> = { n: -9, u: -6, m: -3, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
// Far beyond any CPU or memory, and keeps the BigInt arithmetic small.
const maxExponent = 30;

/** The quantity `text` denotes, or undefined when it is not one kube-apiserver would parse. */
export function parseQuantity(text: string): Quantity | undefined {
  const match = quantityPattern.exec(text);
  if (match === null) return undefined;
  const [, sign = '', number = '', suffix = ''] = match;
  const [whole = '', fraction = ''] = number.split('.');
  let numerator = BigInt(`${whole}${fraction}` || '0') * (sign === '-' ? -1n : 1n);
  let denominator = 10n ** BigInt(fraction.length);
  if (suffix in binaryPowers) numerator *= 2n ** BigInt(binaryPowers[suffix] ?? 0);
  else {
    const power = suffix === '' ? 0 : (decimalPowers[suffix] ?? Number(suffix.slice(1)));
    if (Math.abs(power) > maxExponent) return undefined;
    if (power >= 0) numerator *= 10n ** BigInt(power);
    else denominator *= 10n ** BigInt(-power);
  }
  return { numerator, denominator };
}

/** Negative, zero or positive as `a` is less than, equal to or more than `b`. */
export function compareQuantities(a: Quantity, b: Quantity): number {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** What is wrong with a CPU or memory quantity as typed, in words naming the unit examples; undefined when valid. */
export function quantityProblem(text: string, resource: 'cpu' | 'memory'): string | undefined {
  const examples =
    resource === 'cpu' ? "cores like '0.5' or '1', or millicores like '250m'" : "'128Mi', '1Gi' or '500M'";
  const quantity = parseQuantity(text);
  if (quantity === undefined) return `must be a quantity such as ${examples}`;
  if (quantity.numerator < 0n) return 'must not be negative';
  return undefined;
}
