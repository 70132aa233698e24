import { describe, expect, it } from 'vitest';
import {
  basicAuth,
  dockerConfigJsonShape,
  findLeaks,
  jwtShape,
  leakReport,
  loggedPasswordShape,
  pullSecretValues,
} from './leak-scan';

const password = 'Leak-Scan-Pa55word!';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const dockerConfigJson = `{"auths":{"127.0.0.1:5000":{"username":"ssl","password":"${password}","auth":"${b64(`ssl:${password}`)}"}}}`;
const secretData = { '.dockerconfigjson': b64(dockerConfigJson) };

describe('findLeaks', () => {
  it('names the kind, the file and the line of every value found, and nothing for clean text', () => {
    const values = pullSecretValues(secretData);
    const recordings = [
      { file: 'a.txt', text: `### response GET 200 /api/x\n{"ok":true}\n{"p":"${password}"}\n` },
      { file: 'b.log', text: `line 1\nline 2\nAuthorization: Basic ${b64(`ssl:${password}`)}\n` },
      { file: 'c.txt', text: `data: ${secretData['.dockerconfigjson']}` },
      { file: 'clean.txt', text: '{"registries":[{"server":"127.0.0.1:5000","username":"ssl"}]}' },
    ];
    const leaks = findLeaks(recordings, values);
    expect(leaks).toContainEqual({ kind: 'a registry password', file: 'a.txt', line: 3 });
    expect(leaks).toContainEqual({ kind: 'an auth value', file: 'b.log', line: 3 });
    expect(leaks).toContainEqual({ kind: 'the base64 .dockerconfigjson', file: 'c.txt', line: 1 });
    expect(leaks.filter((l) => l.file === 'clean.txt')).toEqual([]);
  });

  it('finds a value at the very start and end of a file, and each line once per kind', () => {
    const leaks = findLeaks(
      [{ file: 'f', text: `${password}${password}\nx\n${password}` }],
      [{ kind: 'a registry password', value: password }],
    );
    expect(leaks).toEqual([
      { kind: 'a registry password', file: 'f', line: 1 },
      { kind: 'a registry password', file: 'f', line: 3 },
    ]);
  });

  it('finds shapes such as a JWT, whose value the tests cannot know', () => {
    const jwt = `${b64('{"alg":"RS256"}').replace(/=+$/, '')}.${b64('{"iss":"registry-token-issuer"}').replace(/=+$/, '')}.c2lnbmF0dXJlLWJ5dGVz`;
    expect(findLeaks([{ file: 'g', text: `x\n{"token":"${jwt}"}` }], [], [jwtShape])).toEqual([
      { kind: 'a JWT bearer token', file: 'g', line: 2 },
    ]);
    expect(findLeaks([{ file: 'g', text: 'eyJ.eyJ. is no token' }], [], [jwtShape])).toEqual([]);
  });

  it('finds any base64 .dockerconfigjson and any password field the log redaction missed', () => {
    const text = `{"msg":"created","body":"${secretData['.dockerconfigjson']}"}\n{"password":"[Redacted]"}\n{"req":{"password":"hunter2"}}`;
    expect(findLeaks([{ file: 'run.log', text }], [], [dockerConfigJsonShape, loggedPasswordShape])).toEqual([
      { kind: 'a base64 .dockerconfigjson', file: 'run.log', line: 1 },
      { kind: 'an unredacted password field', file: 'run.log', line: 3 },
    ]);
  });

  it('ignores values too short to be told from ordinary text', () => {
    expect(findLeaks([{ file: 'f', text: 'password: abc' }], [{ kind: 'a registry password', value: 'abc' }])).toEqual(
      [],
    );
  });
});

describe('leakReport', () => {
  it('names kinds and places but never the value', () => {
    const leaks = findLeaks([{ file: 'f.txt', text: `x ${password}` }], pullSecretValues(secretData));
    const report = leakReport(leaks);
    expect(report).toContain('a registry password in f.txt:1');
    expect(report).not.toContain(password);
  });
});

describe('pullSecretValues', () => {
  it('yields the base64 and decoded config, each password and auth, and the auth a login implies', () => {
    const values = pullSecretValues(secretData);
    expect(values.map((v) => v.kind).sort()).toEqual(
      [
        'a registry password',
        'an auth value',
        'an auth value',
        'the base64 .dockerconfigjson',
        'the decoded .dockerconfigjson',
      ].sort(),
    );
    expect(values).toContainEqual(basicAuth('ssl', password));
  });

  it('reads the legacy .dockercfg flat map and survives text that is not JSON', () => {
    const dockercfg = b64(`{"r.example.com":{"auth":"${b64(`u:${password}`)}"}}`);
    expect(pullSecretValues({ '.dockercfg': dockercfg })).toContainEqual({
      kind: 'an auth value',
      value: b64(`u:${password}`),
    });
    expect(pullSecretValues({ '.dockerconfigjson': b64('not json') }).map((v) => v.kind)).toEqual([
      'the base64 .dockerconfigjson',
      'the decoded .dockerconfigjson',
    ]);
  });
});
