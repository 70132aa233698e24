// The BFF as `npm start` runs it (package.json's node flags, scripts/start.mjs, the esbuild bundle, so V8's 256 MB old
// generation cap), in a child process a test can measure, kill and watch die.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { npmStartArguments } from '@berth/local-cluster/testing/any-runner';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

export interface StartedBff {
  url: string;
  pid: number;
  /** True once the process has exited, however. */
  exited: () => boolean;
  /** The end of its output, for a failure message. */
  output: () => string;
  stop: () => Promise<number | null>;
}

export async function startBff(args: string[], env: Record<string, string> = {}): Promise<StartedBff> {
  const child = spawn(process.execPath, [...npmStartArguments(), '--port', '0', '--no-spa', ...args], {
    cwd: repoRoot,
    env: { ...process.env, BERTH_LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Only the tail is kept: the process under test may log a lot, and this one must not grow with it.
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-64 * 1024);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let code: number | null | undefined;
  const exit = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve((code = c))));
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the BFF');
  // A cold start bundles the BFF first (esbuild, a few seconds).
  let url: string | undefined;
  const deadline = Date.now() + 120_000;
  while (url === undefined) {
    if (code !== undefined) throw new Error(`the BFF exited with ${String(code)}:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`the BFF did not listen within 120 s:\n${output}`);
    }
    url = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output)?.[1];
    if (url === undefined) await sleep(100);
  }
  return {
    url,
    pid,
    exited: () => code !== undefined,
    output: () => output,
    stop: async () => {
      if (code === undefined) child.kill('SIGTERM');
      return exit;
    },
  };
}

/** The resident set size of a process, in MiB, from /proc. */
export function residentMiB(pid: number): number {
  const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (kib === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kib) / 1024;
}
