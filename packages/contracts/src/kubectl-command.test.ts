import { describe, expect, it } from 'vitest';
import { toKubectlCommand } from './kubectl-command';

describe('toKubectlCommand', () => {
  it("is the seed's command with the password masked", () => {
    const command = toKubectlCommand({
      name: 'test',
      namespace: 'default',
      registries: [{ server: 'www.example.com', username: 'ssl', password: 'xxx', email: 'example@123.com' }],
    });
    expect(command).toBe(
      'kubectl create secret docker-registry test -n default --docker-server=www.example.com --docker-username=ssl --docker-password=******** --docker-email=example@123.com',
    );
    expect(command).not.toContain('xxx');
  });

  it('quotes values a shell would split', () => {
    const command = toKubectlCommand({
      name: 'a',
      namespace: 'b',
      registries: [{ server: 'r.io', username: "it's me", password: 'p' }],
    });
    expect(command).toContain(`--docker-username='it'"'"'s me'`);
  });

  it('falls back to --from-file for several registries', () => {
    const registry = { server: 'a.io', username: 'u', password: 'p' };
    expect(
      toKubectlCommand({ name: 'x', namespace: 'y', registries: [registry, { ...registry, server: 'b.io' }] }),
    ).toContain('--from-file=.dockerconfigjson=config.json');
  });
});
