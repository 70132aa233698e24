import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shellQuote, toKubectlCommand } from './kubectl-command';
import type { SecretForm } from './secret-form';

const seed: SecretForm = {
  name: 'test',
  namespace: 'default',
  registries: [{ server: 'www.example.com', username: 'ssl', password: 'xxx', email: 'example@123.com' }],
};

describe('toKubectlCommand', () => {
  it("is the seed's command, asking for the password instead of showing it", () => {
    expect(toKubectlCommand(seed)).toBe(
      [
        '(',
        `  printf '%s: ' 'Password for ssl at www.example.com'; IFS= read -rs password; echo`,
        '  kubectl create secret docker-registry test -n default --docker-server=www.example.com --docker-username=ssl --docker-password="$password" --docker-email=example@123.com',
        ')',
      ].join('\n'),
    );
  });

  it('never depends on a password', () => {
    const registry = fc.record({
      server: fc.string(),
      username: fc.string(),
      email: fc.option(fc.string(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(registry, { minLength: 1, maxLength: 3 }), fc.string(), fc.string(), (registries, a, b) => {
        const form = (password: string) => ({
          name: 'n',
          namespace: 'ns',
          registries: registries.map((r) => ({ ...r, password })),
        });
        expect(toKubectlCommand(form(a))).toBe(toKubectlCommand(form(b)));
      }),
    );
  });

  it('quotes what a shell would expand or split, and trims server and email as the form does', () => {
    const command = toKubectlCommand({
      name: 'a',
      namespace: 'b',
      registries: [{ server: ' r.io ', username: "robot$it's me!", password: 'p', email: ' me@x.io ' }],
    });
    expect(command).toContain(`--docker-username='robot$it'\\''s me!'`);
    expect(command).toContain('--docker-server=r.io ');
    expect(command).toContain('--docker-email=me@x.io\n');
  });

  it('asks for every password of several registries and builds the whole config, no file needed', () => {
    const registry = { server: 'a.io', username: 'u', password: 'p' };
    const command = toKubectlCommand({
      name: 'x',
      namespace: 'y',
      registries: [registry, { ...registry, server: 'b.io' }],
    });
    expect(command).toContain('IFS= read -rs password_1');
    expect(command).toContain('IFS= read -rs password_2');
    expect(command).toContain(`printf '{"auths":{%s,%s}}' "$entry_1" "$entry_2" |`);
    expect(command).toContain('--type=kubernetes.io/dockerconfigjson --from-file=.dockerconfigjson=/dev/stdin');
    expect(command).not.toContain('config.json');
  });
});

describe('shellQuote', () => {
  it.each([
    ['www.example.com:5000', 'www.example.com:5000'],
    ['https://index.docker.io/v1/', 'https://index.docker.io/v1/'],
    ['robot$project+name', `'robot$project+name'`],
    ["it's", `'it'\\''s'`],
    ['', `''`],
    ['*', `'*'`],
    ['a b', `'a b'`],
  ])('%j -> %s', (value, quoted) => {
    expect(shellQuote(value)).toBe(quoted);
  });
});
