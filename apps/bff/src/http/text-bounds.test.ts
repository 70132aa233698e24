import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Document, parseAllDocuments, stringify } from 'yaml';
import { kubectlYamlOptions } from '@berth/contracts';
import { checkJsonBounds, parseYamlDocuments, TextBoundsError, type YamlBounds } from './text-bounds';

/** Depth and entries as checkJsonBounds defines them, from the parsed value. */
function measure(value: unknown): { depth: number; entries: number } {
  if (typeof value !== 'object' || value === null) return { depth: 0, entries: 0 };
  const children = Array.isArray(value) ? (value as unknown[]) : Object.values(value);
  const inner = children.map(measure);
  return {
    depth: 1 + Math.max(0, ...inner.map((m) => m.depth)),
    entries: children.length + inner.reduce((sum, m) => sum + m.entries, 0),
  };
}

function refusal(check: () => unknown): TextBoundsError | undefined {
  try {
    check();
  } catch (error) {
    if (error instanceof TextBoundsError) return error;
    throw error;
  }
  return undefined;
}

const roomy: YamlBounds = { maxDepth: 1000, maxNodes: 1e6, maxTokens: 1e7, maxAliases: 1000, maxDocuments: 1000 };
const yamlDepth = (text: string, maxDepth: number) => refusal(() => parseYamlDocuments(text, { ...roomy, maxDepth }));

describe('checkJsonBounds', () => {
  it.each([
    ['1', 0, 0],
    ['[]', 1, 0],
    ['[[]]', 2, 1],
    ['{"a":1,"b":[1,2,3]}', 2, 5],
    ['"[[[{{{:,,"', 0, 0],
    ['["\\"[[", {"k\\"": "]]"}]', 2, 3],
    [' { "a" : [ [ ] , { } ] } ', 3, 3],
  ])('measures %j as %i deep with %i entries', (text, depth, entries) => {
    for (const form of [text, new TextEncoder().encode(text)]) {
      expect(refusal(() => checkJsonBounds(form, { maxDepth: depth, maxEntries: entries }))).toBeUndefined();
      if (depth > 0)
        expect(refusal(() => checkJsonBounds(form, { maxDepth: depth - 1, maxEntries: entries }))?.problem).toBe(
          `is nested deeper than ${depth - 1} levels`,
        );
      if (entries > 0)
        expect(refusal(() => checkJsonBounds(form, { maxDepth: depth, maxEntries: entries - 1 }))?.problem).toContain(
          'keys and items',
        );
    }
  });

  it('names the top-level field the bound was crossed in, when it is a plain key', () => {
    const bounds = { maxDepth: 3, maxEntries: 100 };
    expect(refusal(() => checkJsonBounds('{"name":"x","registries":[[[[1]]]]}', bounds))?.field).toBe('registries');
    expect(refusal(() => checkJsonBounds('{"a":[1],"b":2,"c":{"d":{"e":{}}}}', bounds))?.message).toBe(
      'c: is nested deeper than 3 levels',
    );
    expect(refusal(() => checkJsonBounds('[[[[1]]]]', bounds))?.field).toBe('');
    expect(refusal(() => checkJsonBounds('{"<b>x</b>":[[[[1]]]]}', bounds))?.field).toBe('');
    expect(refusal(() => checkJsonBounds(`{"${'k'.repeat(65)}":[[[[1]]]]}`, bounds))?.field).toBe('');
    expect(refusal(() => checkJsonBounds('{"a":1,"b":2}', { maxDepth: 3, maxEntries: 1 }))?.field).toBe('b');
  });

  it('stops at the bound, whatever follows: 1 MiB of brackets is refused at once', () => {
    const started = performance.now();
    expect(refusal(() => checkJsonBounds('['.repeat(1024 * 1024), { maxDepth: 32, maxEntries: 10_000 }))).toBeDefined();
    expect(
      refusal(() => checkJsonBounds(`[${'0,'.repeat(500_000)}0]`, { maxDepth: 32, maxEntries: 10_000 })),
    ).toBeDefined();
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('agrees with the parsed value for any JSON, written compactly or spread out, as text or bytes', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 6 }),
        fc.constantFrom(undefined, 1, '\t'),
        fc.boolean(),
        (value, space, asBytes) => {
          const text = JSON.stringify(value, null, space);
          const form = asBytes ? new TextEncoder().encode(text) : text;
          const { depth, entries } = measure(value);
          expect(refusal(() => checkJsonBounds(form, { maxDepth: depth, maxEntries: entries }))).toBeUndefined();
          if (depth > 0)
            expect(refusal(() => checkJsonBounds(form, { maxDepth: depth - 1, maxEntries: entries }))).toBeDefined();
          if (entries > 0)
            expect(refusal(() => checkJsonBounds(form, { maxDepth: depth, maxEntries: entries - 1 }))).toBeDefined();
        },
      ),
    );
  });

  it('never fails on anything but a bound, whatever the text', () => {
    const jsonish = fc.string({
      unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', ':', ',', ' ', 'a', '1', '\u00e9'),
    });
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.uint8Array()), (text) => {
        refusal(() => checkJsonBounds(text, { maxDepth: 3, maxEntries: 5 }));
      }),
    );
  });
});

describe('parseYamlDocuments', () => {
  it("reads what the yaml library reads with kubectl's YAML 1.1 options, JSON included", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.boolean(), (value, asJson) => {
        const text = asJson ? JSON.stringify(value) : stringify(value);
        // The same options: YAML 1.2's `stringify` leaves `n` plain, which kubectl (and the BFF) read as false.
        const expected: Document.Parsed[] = parseAllDocuments(text, kubectlYamlOptions);
        const documents = parseYamlDocuments(text, roomy);
        expect(documents.map((d): unknown => d.toJS())).toEqual(expected.map((d): unknown => d.toJS()));
      }),
    );
  });

  it('measures depth as JSON does, in flow and block style', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (value, asJson) => {
        const text = asJson ? JSON.stringify(value) : stringify(value);
        const { depth } = measure(value);
        expect(yamlDepth(text, depth)).toBeUndefined();
        if (depth > 0) expect(yamlDepth(text, depth - 1)?.problem).toBe(`is nested deeper than ${depth - 1} levels`);
      }),
    );
  });

  it.each([
    ['flow', '['.repeat(300_000) + ']'.repeat(300_000)],
    ['JSON objects', '{"a":'.repeat(300_000) + '1' + '}'.repeat(300_000)],
    ['block sequences', `${'- '.repeat(300_000)}x\n`],
    ['block maps', Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')],
  ])('refuses %s nested past the bound as soon as it gets there', (_shape, text) => {
    const started = performance.now();
    expect(yamlDepth(text, 64)?.problem).toBe('is nested deeper than 64 levels');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  const bounds: YamlBounds = { maxDepth: 64, maxNodes: 10_000, maxTokens: 100_000, maxAliases: 100, maxDocuments: 16 };
  it.each([
    [
      'keys',
      `{${Array.from({ length: 6_000 }, (_, i) => `"k${i}":1`).join(',')}}`,
      'has more than 10,000 keys, values and items',
    ],
    [
      'block keys',
      Array.from({ length: 6_000 }, (_, i) => `k${i}: 1`).join('\n'),
      'has more than 10,000 keys, values and items',
    ],
    ['empty items', '- -\n'.repeat(6_000), 'has more than 10,000 keys, values and items'],
    ['blank lines', `a: 1${'\n'.repeat(1_000_000)}`, 'is longer than 100,000 YAML tokens'],
    ['comments', `a: 1\n${'#\n'.repeat(500_000)}`, 'is longer than 100,000 YAML tokens'],
    ['aliases', `a: &a 1\nb: [${Array(101).fill('*a').join(', ')}]`, 'has more than 100 aliases'],
    ['documents', '---\na: 1\n'.repeat(17), 'has more than 16 documents'],
  ])('refuses too many %s', (_what, text, problem) => {
    expect(refusal(() => parseYamlDocuments(text, bounds))?.problem).toBe(problem);
  });

  it('stops at the first syntax error, so a megabyte of them builds one', () => {
    const started = performance.now();
    const documents = parseYamlDocuments(']'.repeat(1024 * 1024), bounds);
    expect(documents[0]?.errors.length).toBe(1);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('never fails on anything but a bound, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            '[',
            ']',
            '{',
            '}',
            '-',
            ' ',
            '\n',
            ':',
            '?',
            '&a',
            '*a',
            '"',
            "'",
            '#',
            '---',
            'x',
            '|',
          ),
        }),
        (text) => {
          refusal(() => parseYamlDocuments(text, { ...bounds, maxDepth: 3, maxNodes: 20 }));
        },
      ),
    );
  });
});
