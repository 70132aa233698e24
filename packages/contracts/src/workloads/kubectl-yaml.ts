// YAML read the way kubectl reads it (sigs.k8s.io/yaml on Go's yaml.v2), so Berth and `kubectl apply` make the same
// object of the same text: YAML 1.1 booleans and nulls, Go's numbers, and text where Go keeps text.
import type { DocumentOptions, ParseOptions, ScalarTag, SchemaOptions, Tags } from 'yaml';

const goFloats = Object.fromEntries<number>([
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((t): [string, number] => [t, Infinity]),
  ...['-.inf', '-.Inf', '-.INF'].map((t): [string, number] => [t, -Infinity]),
  ...['.nan', '.NaN', '.NAN'].map((t): [string, number] => [t, NaN]),
]);
// strconv.ParseInt(text without '_', 0, 64): binary, octal (0o or a leading 0), hexadecimal or decimal.
const goInteger = /^([-+]?)(?:0[bB]([01]+)|0[oO]?([0-7]+)|0[xX]([0-9a-fA-F]+)|([0-9]+))$/;
// yaml.v2's yamlStyleFloat, tried on the text without '_' once it is no integer.
const goFloat = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
// Text starting with '.' is given to strconv.ParseFloat as it is (no '_' dropped).
const goDotFloat = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;

/** The number yaml.v2 reads a plain scalar as, or undefined when it keeps it as text. */
export function goYamlNumber(text: string): number | undefined {
  if (text in goFloats) return goFloats[text];
  if (text.startsWith('.')) return goDotFloat.test(text) ? Number(text) : undefined;
  const plain = text.replaceAll('_', '');
  const int = goInteger.exec(plain);
  if (int) {
    const [, sign, binary, octal, hex, decimal] = int;
    const [digits, radix] = binary ? [binary, 2] : octal ? [octal, 8] : hex ? [hex, 16] : [decimal ?? '', 10];
    // A decimal with a leading 0 that is not octal (08) is no integer to Go, but still a float.
    if (!(radix === 10 && digits.length > 1 && digits.startsWith('0')))
      return Number(sign + '1') * parseInt(digits, radix);
  }
  return goFloat.test(plain) ? Number(plain) : undefined;
}

// yaml.v2 looks a plain scalar up as a number only when it starts with a sign, a digit or '.'.
const goNumberTag: ScalarTag = {
  tag: 'tag:yaml.org,2002:float',
  default: true,
  identify: (value) => typeof value === 'number',
  test: /^[-+.0-9]/,
  resolve: (text) => goYamlNumber(text) ?? text,
};

const replacedByGo = new Set(['int', 'float', 'timestamp']);
const tagName = (tag: Tags[number]) => (typeof tag === 'string' ? tag : (tag.tag.split(':').at(-1) ?? ''));

/** Options for the yaml library's parse and Composer: YAML 1.1 with Go's numbers, timestamps and sexagesimals as text. */
export const kubectlYamlOptions: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  customTags: (tags) => [...tags.filter((tag) => !replacedByGo.has(tagName(tag))), goNumberTag],
};
