// Pathological request bodies, each at most 1 MiB (the body limit): deep nesting in the body and inside string fields
// that are parsed again (manifest, configJson), huge strings, many keys and items, YAML aliases, anchors and documents,
// and bytes that are not UTF-8.

export interface HostileBody {
  what: string;
  body: string | Buffer;
  contentType?: string;
}

const mib = 1024 * 1024;
const deep = (levels: number, open = '[', close = ']', inner = '') =>
  open.repeat(levels) + inner + close.repeat(levels);
const field = (name: string, text: string) => JSON.stringify({ [name]: text });
/** A YAML alias bomb: ten levels of ten aliases each, 10^10 nodes once expanded. */
const laughs = [
  'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  ...Array.from({ length: 9 }, (_, i) => {
    const [self, prior] = [String.fromCharCode(98 + i), String.fromCharCode(97 + i)];
    return `${self}: &${self} [${Array(10).fill(`*${prior}`).join(', ')}]`;
  }),
].join('\n');

export const hostileBodies: HostileBody[] = [
  { what: 'the body nested 524,000 levels', body: deep(524_000) },
  { what: 'the body nested 170,000 objects deep', body: deep(170_000, '{"a":', '}', '1') },
  { what: 'a manifest of JSON nested 300,000 levels (issue 14)', body: field('manifest', deep(300_000)) },
  { what: 'a manifest of JSON nested 200,000 levels', body: field('manifest', deep(200_000)) },
  {
    what: 'a manifest of JSON objects nested 110,000 levels',
    body: field('manifest', deep(110_000, '{"a":', '}', '1')),
  },
  { what: 'a manifest of YAML sequences nested 500,000 levels', body: field('manifest', `${'- '.repeat(500_000)}x`) },
  {
    what: 'a manifest of 90,000 keys',
    body: field('manifest', `{${Array.from({ length: 90_000 }, (_, i) => `k${i}: 1`).join(', ')}}`),
  },
  { what: 'a manifest alias bomb', body: field('manifest', laughs) },
  {
    what: 'a manifest of 4,000 anchors and aliases',
    body: field('manifest', Array.from({ length: 4_000 }, (_, i) => `k${i}: &a${i} [*a${i - 1}]`).join('\n')),
  },
  { what: 'a manifest of 200,000 documents', body: field('manifest', '---\n'.repeat(200_000)) },
  { what: 'a manifest of 500,000 blank lines', body: field('manifest', `a: 1${'\n'.repeat(500_000)}`) },
  { what: 'a manifest of 1 MiB of closing brackets', body: field('manifest', ']'.repeat(mib - 100)) },
  {
    what: 'a manifest of one 1 MiB string',
    body: field('manifest', `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: "${'a'.repeat(mib - 200)}"}`),
  },
  {
    what: 'a config.json nested 250,000 levels',
    body: JSON.stringify({ name: 'x', configJson: `{"auths":${deep(250_000)}}` }),
  },
  {
    what: 'a config.json of 18,000 registries',
    body: JSON.stringify({
      name: 'x',
      configJson: JSON.stringify({
        auths: Object.fromEntries(Array.from({ length: 18_000 }, (_, i) => [`r${i}.io`, { auth: 'dTpw' }])),
      }),
    }),
  },
  { what: 'a 1 MiB name', body: JSON.stringify({ name: 'a'.repeat(mib - 100), registries: [] }) },
  {
    what: 'a 1 MiB image',
    body: JSON.stringify({
      image: { image: 'a'.repeat(mib - 1200) },
      name: 'x',
      containers: [{ name: 'c', image: 'b'.repeat(1000) }],
    }),
  },
  {
    what: '90,000 keys',
    body: JSON.stringify(Object.fromEntries(Array.from({ length: 90_000 }, (_, i) => [`k${i}`, 0]))),
  },
  { what: '500,000 array items', body: JSON.stringify({ imagePullSecrets: Array(500_000).fill(0), registries: [] }) },
  { what: 'a number of 1,000,000 digits', body: `{"replicas":${'9'.repeat(mib - 100)}}` },
  {
    what: '__proto__ and constructor keys',
    body: '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"name":"x"}',
  },
  {
    what: 'bytes that are not UTF-8',
    body: Buffer.concat([
      Buffer.from('{"name":"'),
      Buffer.from([0xc0, 0xae, 0xed, 0xa0, 0x80, 0xff]),
      Buffer.from('"}'),
    ]),
  },
  { what: 'a lone surrogate escape', body: '{"name":"\\ud800","manifest":"\\udfff"}' },
  { what: 'UTF-16', body: Buffer.from('{"name":"x"}', 'utf16le'), contentType: 'application/json; charset=utf-16le' },
  { what: 'an unterminated 1 MiB string', body: `{"name":"${'x'.repeat(mib - 100)}` },
];
