import { describe, expect, it } from 'vitest';
import { isRegistryServer, secretForm } from './secret-form';

const valid = {
  name: 'test',
  namespace: 'default',
  registries: [{ server: 'www.example.com', username: 'ssl', password: 'xxx' }],
};
const issues = (value: unknown) =>
  secretForm.safeParse(value).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('secretForm', () => {
  it('accepts the CCE example and trims the server', () => {
    const registries = [{ server: ' www.example.com ', username: 'ssl', password: 'xxx', email: 'example@123.com' }];
    expect(secretForm.parse({ ...valid, registries })).toEqual({
      ...valid,
      registries: [{ server: 'www.example.com', username: 'ssl', password: 'xxx', email: 'example@123.com' }],
    });
  });

  it('puts each message under its field', () => {
    expect(
      issues({
        name: 'My_Secret',
        namespace: 'a.b',
        registries: [
          { server: '', username: '', password: '' },
          { server: 'not a host', username: 'u', password: 'p' },
        ],
      }),
    ).toEqual([
      ['name', 'uppercase letters are not allowed; use lowercase'],
      ['name', "'_' is not allowed; use '-' or '.'"],
      ['namespace', "'.' is not allowed in this name"],
      ['registries.0.server', 'enter the image repository address, e.g. www.example.com'],
      ['registries.0.username', 'enter the username'],
      ['registries.0.password', 'enter the password'],
      [
        'registries.1.server',
        'must be a registry address such as www.example.com, localhost:5000 or https://index.docker.io/v1/ (a host and port, no path)',
      ],
    ]);
  });

  it('takes robot accounts and shell characters, refuses a line break and a username with a colon', () => {
    const robot = { server: 'harbor.example.com', username: 'robot$project+name', password: ` $'"\`\\! x ` };
    expect(secretForm.parse({ ...valid, registries: [robot] }).registries).toEqual([robot]);
    expect(issues({ ...valid, registries: [{ server: 'r.io', username: 'a:b\n', password: 'one\ntwo\r' }] })).toEqual([
      ['registries.0.username', "a username cannot contain ':'"],
      ['registries.0.username', 'a username cannot contain a line break'],
      ['registries.0.password', 'a password cannot contain a line break'],
    ]);
  });

  it('needs one registry and refuses the same address twice', () => {
    expect(issues({ ...valid, registries: [] })).toEqual([['registries', 'add at least one image repository']]);
    const twice = [...valid.registries, ...valid.registries];
    expect(issues({ ...valid, registries: twice })).toEqual([
      ['registries.1.server', 'this address is already listed'],
    ]);
  });

  it.each<[string, boolean]>([
    ['r.io', true],
    ['http://127.0.0.1:5000', true],
    ['r.io/team', false],
    ['http://127.0.0.1:8080/api/namespaces/x/secrets/leak1#', false],
    ['r.io?', false],
    ['user:pw@r.io', false],
  ])('the form takes %j as a server: %s', (server, expected) => {
    expect(secretForm.safeParse({ ...valid, registries: [{ ...valid.registries[0], server }] }).success).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['www.example.com', true],
    ['localhost:5000', true],
    ['https://index.docker.io/v1/', true],
    ['docker.io', true],
    ['*.example.com', true],
    ['[::1]:5000', true],
    ['r.io/team', true],
    ['not a host', false],
    ['r.io:port', false],
    ['-r.io', false],
    ['', false],
  ])('isRegistryServer(%j) is %s', (server, expected) => {
    expect(isRegistryServer(server)).toBe(expected);
  });
});
