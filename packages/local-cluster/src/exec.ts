// Runs a short-lived command (openssl, apt-get, --version probes) and collects its output.
import { spawn, type StdioOptions } from 'node:child_process';

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCommand(
  command: string,
  args: string[],
  options: { cwd?: string; stdio?: 'pipe' | 'stderr-through'; input?: string } = {},
): Promise<CommandResult> {
  // Progress of long steps (the kube build) goes straight to our stderr so it never looks hung.
  const stdin = options.input === undefined ? 'ignore' : 'pipe';
  const stdio: StdioOptions = [stdin, 'pipe', options.stdio === 'stderr-through' ? 'inherit' : 'pipe'];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    // A command that exits without reading its input must not crash us with EPIPE.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(options.input);
  });
}

export async function runOrThrow(command: string, args: string[], options: { cwd?: string } = {}): Promise<string> {
  const result = await runCommand(command, args, options);
  if (result.code !== 0) {
    throw new Error(
      `${command} ${args[0] ?? ''} failed (exit ${String(result.code)}): ${result.stderr.trim().slice(-2000)}`,
    );
  }
  return result.stdout;
}
