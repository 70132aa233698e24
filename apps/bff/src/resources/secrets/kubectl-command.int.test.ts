// The kubectl command the Create Secret dialog shows, pasted into real interactive bash and zsh with the passwords
// typed after it, stores byte for byte the secret the BFF's create stores for the same form, hostile values included.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoreV1Api } from '@kubernetes/client-node';
import fc from 'fast-check';
import request from 'supertest';
import { parseDockerConfigJson, shellQuote, toKubectlCommand, type RegistryCredentialForm } from '@berth/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminKubeConfig, env, testApp, testNamespace } from '../../testing/cluster';

const namespace = testNamespace('kubectl-command');
const { app } = testApp();
const core = adminKubeConfig().makeApiClient(CoreV1Api);

// Interactive, as in a terminal: history expansion is on, so a bare `!` in the text would break it. zsh -f reads no rc file.
const shells = { bash: ['--norc', '--noprofile', '-i'], zsh: ['-f', '-i'] } as const;

const forms: Record<string, RegistryCredentialForm[]> = {
  one: [
    {
      server: '127.0.0.1:5000',
      username: 'robot$project+name',
      password: ` pa ss'"!* \\n $(id) `,
      email: ' ops@example.com ',
    },
  ],
  three: [
    { server: 'registry.example.com', username: 'robot$project+name', password: `pa ss'"!*` },
    {
      server: 'https://index.docker.io/v1/',
      username: "it's über",
      password: 'ünïcödé 🐳 <&> `id` %s',
      email: "o'brien@example.com",
    },
    { server: '127.0.0.1:5001', username: 'u!x&y', password: '\\"{}\\' },
  ],
};

/** Runs the shown text in the shell, then "types" each password on its own line; resolves with what the terminal showed. */
function paste(
  shell: keyof typeof shells,
  text: string,
  passwords: readonly string[],
): Promise<{ code: number | null; output: string }> {
  const bin = mkdtempSync(join(tmpdir(), 'berth-paste-'));
  symlinkSync(env('BERTH_KUBECTL'), join(bin, 'kubectl'));
  const child = spawn(shell, shells[shell], {
    env: {
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      HOME: bin,
      KUBECONFIG: env('KUBECONFIG'),
      LANG: 'C.UTF-8',
      TERM: 'dumb',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stdin.end(`${text}\n${passwords.map((p) => `${p}\n`).join('')}`);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

async function stored(name: string): Promise<{ type?: string; config: string }> {
  const secret = await core.readNamespacedSecret({ name, namespace: namespace.name });
  return {
    ...(secret.type ? { type: secret.type } : {}),
    config: Buffer.from(secret.data?.['.dockerconfigjson'] ?? '', 'base64').toString('utf8'),
  };
}

describe('the kubectl command of the Create Secret dialog', () => {
  beforeAll(namespace.create);
  afterAll(namespace.remove);

  it.each(
    Object.keys(forms).flatMap((form) =>
      Object.keys(shells).map((shell) => [form, shell] as [string, keyof typeof shells]),
    ),
  )('%s registry form, pasted into %s, stores what the BFF stores', async (formName, shell) => {
    const registries = forms[formName] ?? [];
    const bffName = `bff-${formName}-${shell}`;
    await request(app)
      .post(`/api/namespaces/${namespace.name}/secrets`)
      .set('Content-Type', 'application/json')
      .send({ name: bffName, registries })
      .expect(201);

    const name = `shell-${formName}-${shell}`;
    const passwords = registries.map((r) => r.password);
    const { code, output } = await paste(
      shell,
      toKubectlCommand({ name, namespace: namespace.name, registries }),
      passwords,
    );
    expect(code, output).toBe(0);
    expect(output).toContain(`secret/${name} created`);
    for (const password of passwords) expect(output).not.toContain(password);

    const [fromShell, fromBff] = await Promise.all([stored(name), stored(bffName)]);
    expect(fromShell).toEqual(fromBff);
    expect(fromShell.type).toBe('kubernetes.io/dockerconfigjson');
    const entries = parseDockerConfigJson(fromShell.config).entries;
    expect(entries).toEqual(registries.map((r) => ({ ...r, ...(r.email ? { email: r.email.trim() } : {}) })));
  });
});

describe('shellQuote', () => {
  it.each(Object.keys(shells))('gives back every value unchanged in %s', (shell) => {
    const values = fc.sample(
      fc.string({ unit: 'grapheme', maxLength: 20 }).filter((s) => !s.includes('\0')),
      300,
    );
    values.push(`pa ss'"!*`, 'robot$project+name', '$(id) `id` ${HOME} ~ * ? [a] {a,b} ! \\ ;|&<>', 'ünï côdé 🐳');
    const script = `printf '%s\\0' ${values.map(shellQuote).join(' ')}`;
    const result = spawnSync(shell, shell === 'zsh' ? ['-f', '-c', script] : ['--norc', '-c', script], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\0').slice(0, -1)).toEqual(values);
  });
});
