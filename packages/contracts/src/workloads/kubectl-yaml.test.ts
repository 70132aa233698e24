import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { goYamlNumber, kubectlYamlOptions } from './kubectl-yaml';

// What yaml.v2's resolve (kubectl's YAML reader) makes of plain scalars: numbers, or text kept as written.
const table: [string, unknown][] = [
  ['010', 8],
  ['08', 8],
  ['0', 0],
  ['1_000', 1000],
  ['-_3', -3],
  ['0x1F', 31],
  ['0X1f', 31],
  ['0o17', 15],
  ['+0b1_1', 3],
  ['-0b1', -1],
  ['1e3', 1000],
  ['.5', 0.5],
  ['-.5', -0.5],
  ['1.', 1],
  ['.inf', Infinity],
  ['-.Inf', -Infinity],
  ['.', '.'],
  ['.5_0', '.5_0'],
  ['1:20', '1:20'],
  ['2001-12-14', '2001-12-14'],
  ['0x', '0x'],
  ['1.2.3', '1.2.3'],
  ['yes', true],
  ['Off', false],
  ['n', false],
  ['~', null],
  ['nan', 'nan'],
];

describe('kubectlYamlOptions', () => {
  it.each(table)('reads %j as kubectl does', (text, value) => {
    expect(parse(`v: ${text}`, kubectlYamlOptions)).toEqual({ v: value });
  });

  it('reads .nan as NaN', () => {
    expect(goYamlNumber('.NaN')).toBeNaN();
  });
});
