// The private registry's htpasswd file, bcrypt as distribution requires, written by apache2-utils' `htpasswd`.
import { execFile } from 'node:child_process';
import { access, writeFile } from 'node:fs/promises';
import type { UserCredentials } from './credentials';

/** `htpasswd -niB USER`: the password goes through stdin so it never shows in a process list. */
function bcryptLine(user: UserCredentials): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('htpasswd', ['-niB', user.username], (error, stdout) => {
      if (error) reject(new Error(`htpasswd failed for user ${user.username} (exit ${String(error.code)})`));
      else resolve(stdout.trim());
    });
    child.stdin?.end(`${user.password}\n`);
  });
}

export async function writeHtpasswd(path: string, users: UserCredentials[], overwrite: boolean): Promise<void> {
  if (!overwrite) {
    try {
      await access(path);
      return;
    } catch {
      // missing: write it below
    }
  }
  const lines = await Promise.all(users.map(bcryptLine));
  await writeFile(path, `${lines.join('\n')}\n`, { mode: 0o600 });
}
