import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase64 } from './base64';
import {
  buildDockerConfigJson,
  InvalidDockerConfigError,
  parseDockerConfigJson,
  toAuths,
  type RegistryCredential,
} from './docker-config';

describe('buildDockerConfigJson', () => {
  it('stores what kubectl create secret docker-registry stores', () => {
    const json = buildDockerConfigJson([
      { server: 'www.example.com', username: 'ssl', password: 'xxx', email: 'example@123.com' },
    ]);
    expect(json).toBe(
      '{"auths":{"www.example.com":{"username":"ssl","password":"xxx","email":"example@123.com","auth":"c3NsOnh4eA=="}}}',
    );
  });

  it('omits an empty email and uses kubectl’s default server', () => {
    expect(buildDockerConfigJson([{ server: '', username: 'u', password: 'p', email: '' }])).toBe(
      '{"auths":{"https://index.docker.io/v1/":{"username":"u","password":"p","auth":"dTpw"}}}',
    );
  });

  it('omits empty fields like Go’s omitempty, and escapes <, > and & like Go’s json.Marshal', () => {
    expect(buildDockerConfigJson([{ server: 'r', username: '', password: '<&>' }])).toBe(
      `{"auths":{"r":{"password":"\\u003c\\u0026\\u003e","auth":"${encodeBase64(':<&>')}"}}}`,
    );
  });

  it('writes one auths key per entry and refuses a repeated server', () => {
    const json = buildDockerConfigJson([
      { server: 'a.example.com', username: 'a', password: '1' },
      { server: 'b.example.com', username: 'b', password: '2' },
    ]);
    expect(Object.keys((JSON.parse(json) as { auths: object }).auths)).toEqual(['a.example.com', 'b.example.com']);
    expect(
      buildDockerConfigJson([
        { server: 'r.io', username: 'a', password: '1' },
        { server: '5000', username: 'b', password: '2' },
      ]),
    ).toMatch(/^\{"auths":\{"r\.io":.*,"5000":/);
    expect(() =>
      buildDockerConfigJson([
        { server: 'a', username: 'a', password: '1' },
        { server: 'a', username: 'b', password: '2' },
      ]),
    ).toThrow(InvalidDockerConfigError);
  });
});

describe('parseDockerConfigJson', () => {
  const auth = (userPass: string) => encodeBase64(userPass);

  it('reads {auths} and lets auth override username and password, split at the first colon', () => {
    const text = JSON.stringify({ auths: { 'r.io': { username: 'x', password: 'y', auth: auth('jane:pa:ss') } } });
    const parsed = parseDockerConfigJson(text);
    expect(parsed.format).toBe('dockerconfigjson');
    expect(parsed.entries).toEqual([{ server: 'r.io', username: 'jane', password: 'pa:ss' }]);
    expect(parsed.warnings).toEqual([
      "the auth of 'r.io' does not agree with its username and password; the kubelet uses auth",
    ]);
    expect(parsed.warnings.join()).not.toMatch(/pa:ss|y'/);
  });

  it('reads the legacy flat .dockercfg map', () => {
    const text = JSON.stringify({ 'r.io': { auth: auth('u:p'), email: 'e@x' } });
    expect(parseDockerConfigJson(text)).toEqual({
      format: 'dockercfg',
      entries: [{ server: 'r.io', username: 'u', password: 'p', email: 'e@x' }],
      warnings: [],
    });
  });

  it('matches field names case-insensitively like Go, a later key winning', () => {
    const text = '{"Auths":{"r.io":{"Username":"a","username":"b","Password":"p"}}}';
    expect(parseDockerConfigJson(text).entries).toEqual([{ server: 'r.io', username: 'b', password: 'p' }]);
  });

  it('reads the shape the secret type says, whatever the text looks like', () => {
    const flat = JSON.stringify({ 'r.io': { username: 'u', password: 'p' } });
    expect(parseDockerConfigJson(flat, { format: 'dockerconfigjson' })).toEqual({
      format: 'dockerconfigjson',
      entries: [],
      warnings: ['it lists no registries, so the kubelet finds no credentials in it'],
    });
  });

  it.each<[string, unknown, string[]]>([
    [
      'credentials kept by a helper',
      { auths: { 'https://index.docker.io/v1/': {} }, credsStore: 'desktop' },
      ['the credentials live in a credential helper (credsStore), not in this file, so the kubelet cannot use them'],
    ],
    [
      'helpers with no auths at all',
      { credHelpers: { 'gcr.io': 'gcloud' } },
      ['the credentials live in a credential helper (credHelpers), not in this file, so the kubelet cannot use them'],
    ],
    ['an empty auths', { auths: {} }, ['it lists no registries, so the kubelet finds no credentials in it']],
    [
      'a scheme and /v2/ path',
      { auths: { 'https://r.io/v2/': { username: 'u', password: 'p' } } },
      ["'https://r.io/v2/' is written with a scheme or an API path; the kubelet reads it as 'r.io', which works"],
    ],
    [
      'kubectl’s own default server',
      { auths: { 'https://index.docker.io/v1/': { username: 'u', password: 'p' } } },
      [],
    ],
    [
      'whitespace around values',
      { auths: { ' r.io': { username: 'u ', password: '\tsecret', email: 'e ' } } },
      [
        "' r.io' is not a registry address the kubelet can read; it ignores this entry",
        "registry 'r.io' has spaces around it",
        "the username of ' r.io' has spaces or line breaks at its start or end",
        "the password of ' r.io' has spaces or line breaks at its start or end",
        "the email of ' r.io' has spaces or line breaks at its start or end",
      ],
    ],
    ['an entry with nothing in it', { auths: { 'r.io': {} } }, ["'r.io' has no username or password"]],
    [
      'auth agreeing with the fields',
      { auths: { 'r.io': { username: 'u', password: 'p', auth: encodeBase64('u:p') } } },
      [],
    ],
  ])('warns about %s', (_, config, warnings) => {
    expect(parseDockerConfigJson(JSON.stringify(config)).warnings).toEqual(warnings);
  });

  it.each<[string, string, string]>([
    ['text that is not JSON', '{"auths": {"r": {"password": "hunter2"', 'it is not valid JSON'],
    ['an array', '[]', 'it must be a JSON object'],
    ['auths that is not an object', '{"auths": []}', "'auths' must be an object"],
    ['an entry that is not an object', '{"auths": {"r": "hunter2"}}', "the entry for 'r' must be an object"],
    ['a field that is not a string', '{"auths": {"r": {"password": 7}}}', "the password of 'r' must be a string"],
    [
      'auth that is not base64',
      '{"auths": {"r": {"auth": "hunter2!"}}}',
      'the auth of \'r\' is not base64 of "username:password"',
    ],
    [
      'auth with no colon',
      `{"auths": {"r": {"auth": "${encodeBase64('hunter2')}"}}}`,
      'the auth of \'r\' is not base64 of "username:password"',
    ],
  ])('refuses %s without quoting secrets', (_, text, reason) => {
    let error: unknown;
    try {
      parseDockerConfigJson(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidDockerConfigError);
    expect((error as InvalidDockerConfigError).reason).toBe(reason);
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('treats null fields as absent', () => {
    expect(parseDockerConfigJson('{"auths":{"r.io":{"username":"u","password":"p","email":null}}}').entries).toEqual([
      { server: 'r.io', username: 'u', password: 'p' },
    ]);
  });

  const text = fc.string({ unit: 'grapheme', maxLength: 12 });
  const credential: fc.Arbitrary<RegistryCredential> = fc.record(
    {
      // A leading letter: JSON.parse puts integer-like keys first, so their order could not round-trip.
      server: fc.stringMatching(/^[a-z][a-z0-9]*(\.[a-z0-9]+)*(:[0-9]{1,5})?(\/[a-z]+)?$/),
      username: fc
        .string({ unit: fc.constantFrom('a', 'b', 'é', '€', '😀', '-', '.', '<', '&'), minLength: 1, maxLength: 8 })
        .filter((u) => !u.includes(':')),
      password: fc.oneof(text, fc.constant('p:a:s:s'), fc.constant(':')),
      email: fc.option(fc.constantFrom('jane@example.com', 'ü@ß.de'), { nil: undefined }),
    },
    { requiredKeys: ['server', 'username', 'password'] },
  );

  it('round-trips what buildDockerConfigJson writes, passwords with colons and unicode included', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(credential, { selector: (c) => c.server, minLength: 1, maxLength: 4 }),
        (credentials) => {
          const expected = credentials.map(({ email, ...rest }) => (email === undefined ? rest : { ...rest, email }));
          const parsed = parseDockerConfigJson(buildDockerConfigJson(credentials));
          expect(parsed.entries).toEqual(expected);
          for (const { password } of credentials) {
            if (password.length > 3) for (const warning of parsed.warnings) expect(warning).not.toContain(password);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('toAuths', () => {
  it('keys the entries by server', () => {
    expect(toAuths([{ server: 'r.io', username: 'u', password: 'p', email: 'e' }])).toEqual({
      'r.io': { username: 'u', password: 'p' },
    });
  });
});
