// scripts/node24.mjs as a stock machine meets it: the machine's own Node (20) first on PATH, and the Node 24 that
// .ci/run and earlier runs left in the cache. The no-registry case gets an empty cache and a registry nobody answers.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './repo-root.mjs';

const machineNode = '/usr/bin/node';
const machinePath = [path.dirname(machineNode), process.env.PATH].join(path.delimiter);
const bootstrap = ['--import', './scripts/node24.mjs'];

function run(command: string, args: string[], env: Record<string, string> = {}, input = ''): SpawnSyncReturns<string> {
  return spawnSync(command, args, {
    cwd: repoRoot,
    input,
    encoding: 'utf8',
    env: { ...process.env, PATH: machinePath, ...env },
  });
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address !== null ? address.port : 9;
}

beforeAll(() => {
  const version = run(machineNode, ['-p', 'process.versions.node']).stdout.trim();
  expect(
    Number(version.split('.')[0]),
    `${machineNode} must be older than 24 for these tests; it is ${version}`,
  ).toBeLessThan(24);
  // The cached Node 24, installed now if this machine has none yet (what .ci/run does first).
  expect(run(machineNode, ['scripts/node24.mjs', '--bin']).status).toBe(0);
});

describe('a script under the machine’s Node 20 runs again under Node 24', () => {
  it.each([
    { what: 'the script', args: ['-p', 'process.version'], stdout: /^v24\./ },
    {
      what: 'what it spawns through PATH',
      args: ['-p', "require('child_process').execFileSync('node', ['-v'], { encoding: 'utf8' })"],
      stdout: /^v24\./,
    },
    {
      what: 'its node flags',
      args: ['--max-old-space-size=256', '-p', "process.execArgv.join(' ')"],
      stdout: /--max-old-space-size=256/,
    },
    {
      what: 'its arguments',
      args: ['-e', 'console.log(process.argv.slice(1).join(","))', 'a', '--b'],
      stdout: /^a,--b$/m,
    },
    { what: 'its stdin', args: ['-e', 'process.stdin.pipe(process.stdout)'], input: 'piped in', stdout: /^piped in$/ },
  ])('with $what', ({ args, input, stdout }) => {
    const result = run(machineNode, [...bootstrap, ...args], {}, input);
    expect(result.stderr).toMatch(
      /^\[berth\] Node\.js v20\.\S+ \(\/usr\/bin\/node\) is older than 24: running this under Node\.js 24 from /,
    );
    expect(result.stdout).toMatch(stdout);
    expect(result.status).toBe(0);
  });

  it('ends with the script’s exit code, or the signal that ended it', () => {
    expect(run(machineNode, [...bootstrap, '-e', 'process.exit(7)']).status).toBe(7);
    expect(run(machineNode, [...bootstrap, '-e', 'process.kill(process.pid, "SIGTERM")']).signal).toBe('SIGTERM');
  });

  it('stops on Ctrl-C: SIGINT to the process group reaches the script, which exits its own way', async () => {
    const script =
      'process.on("SIGINT", () => { console.log("stopping on SIGINT"); process.exit(0); }); console.log("ready"); setInterval(() => {}, 1000);';
    // Its own process group, like a terminal's foreground job.
    const child = spawn(machineNode, [...bootstrap, '-e', script], {
      cwd: repoRoot,
      detached: true,
      env: { ...process.env, PATH: machinePath },
    });
    let stdout = '';
    const ready = new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('ready')) resolve();
      }),
    );
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await ready;
    process.kill(-(child.pid ?? 0), 'SIGINT');
    expect(await exited).toBe(0);
    expect(stdout).toContain('stopping on SIGINT');
  });

  it('does so for an npm script too, with its exit code', () => {
    const result = run('npm', ['run', '-s', 'cluster', '--', 'no-such-command']);
    expect(result.stderr).toContain('is older than 24: running this under Node.js 24');
    expect(result.stderr).toContain('usage: npm run cluster --');
    expect(result.status).toBe(2);
  });
});

describe('with no Node 24 cached and no npm registry answering', () => {
  const cache = mkdtempSync(path.join(tmpdir(), 'berth-node24-cache-'));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it('exits with three lines: the version found, the version needed, the command to fix it', async () => {
    const result = run(machineNode, [...bootstrap, '-p', 'process.version'], {
      XDG_CACHE_HOME: cache,
      npm_config_registry: `http://127.0.0.1:${await closedPort()}/`,
    });
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^\[berth\] Node\.js v20\.\S+ \(\/usr\/bin\/node\) is older than 24: installing node@24 from the npm registry/,
    );
    expect(lines[1]).toMatch(
      /^\[berth\] Berth needs Node\.js 24 \(package\.json engines ">=24 <25"\); installing it failed: .*ECONNREFUSED/,
    );
    expect(lines[2]).toMatch(/^\[berth\] to fix: npm install --prefix \S+berth\/node node@24 /);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(1);
    // The failed install leaves nothing behind that a later run could take for Node 24.
    expect(readdirSync(path.join(cache, 'berth'))).toEqual([]);
  });
});
