// The console's image in the private registry, for the proofs: `npm run image -- --push REF` as a person runs it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { requiredEnv } from '@berth/local-cluster/testing';
import { repoRoot } from '../scripts/repo-root.mjs';

/** Builds (when stale) and pushes the console image as `reference` (REGISTRY/REPO:TAG) with the registry's login. */
export async function pushConsoleImage(reference: string): Promise<string> {
  // The npm next to this Node (24), so the script's own Node check passes without a detour.
  const bin = path.dirname(process.execPath);
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('npm', ['run', '-s', 'image', '--', '--push', reference], {
      cwd: repoRoot,
      env: {
        ...process.env,
        PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
        BERTH_PUSH_USERNAME: requiredEnv('BERTH_REGISTRY_USERNAME'),
        BERTH_PUSH_PASSWORD: requiredEnv('BERTH_REGISTRY_PASSWORD'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0)
    throw new Error(
      `npm run image -- --push ${reference} failed (exit ${String(code)}):\n${output.join('').slice(-3000)}`,
    );
  return reference;
}
