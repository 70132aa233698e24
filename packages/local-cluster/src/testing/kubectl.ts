// Runs the cluster's kubectl 1.20 the way a person would, and polls it with a deadline instead of fixed sleeps.
import { execFile } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { requiredEnv } from './cluster-env';

export interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function kubectl(args: string[], options: { kubeconfig?: string; input?: string } = {}): Promise<KubectlResult> {
  const kubeconfig = options.kubeconfig ?? requiredEnv('KUBECONFIG');
  return new Promise((resolve) => {
    const child = execFile(
      requiredEnv('BERTH_KUBECTL'),
      ['--kubeconfig', kubeconfig, ...args],
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? '');
  });
}

/** A failing command is printed in the test report, so its password flag must not be. */
function redacted(args: string[]): string[] {
  return args.map((arg) => (arg.startsWith('--docker-password=') ? '--docker-password=***' : arg));
}

export async function kubectlOk(
  args: string[],
  options: { kubeconfig?: string; input?: string } = {},
): Promise<string> {
  const result = await kubectl(args, options);
  if (result.code !== 0) throw new Error(`kubectl ${redacted(args).join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** Polls until `check` returns a value, or fails with the last thing seen. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
}
