// Writes deploy/base/session-keys, the file the base's secretGenerator turns into the berth-session-keys Secret: one
// random 256-bit key, base64 (what `openssl rand -base64 32` prints). An existing file is left alone, so re-running
// never signs everyone out; rotation is by hand (README, "Run it in a cluster"). Gitignored: it is a secret.
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './repo-root.mjs';

export const sessionKeysFile = path.join(repoRoot, 'deploy/base/session-keys');

/** Writes a new key file unless one exists; answers whether it wrote. */
export function ensureSessionKeys(file = sessionKeysFile) {
  if (existsSync(file)) return false;
  // 'wx': never overwrite a file that appeared meanwhile; 0600: only its owner reads it before kustomize does.
  writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const wrote = ensureSessionKeys();
  console.error(`${wrote ? 'wrote' : 'kept the existing'} ${path.relative(process.cwd(), sessionKeysFile)}`);
}
