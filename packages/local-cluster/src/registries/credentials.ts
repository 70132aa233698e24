// Registry passwords: random, generated once per state directory, kept owner-readable only, never logged.
import { randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface UserCredentials {
  username: string;
  password: string;
}

export interface RegistryCredentialsFile {
  /** The private registry's htpasswd user `ssl`. */
  private: UserCredentials;
  /** The token issuer's own user. */
  token: UserCredentials;
  /** distribution's `http.secret` (signs upload state), shared by our registries. */
  httpSecret: string;
}

function randomSecret(): string {
  return randomBytes(18).toString('base64url');
}

function isCredentialsFile(value: unknown): value is RegistryCredentialsFile {
  const file = value as Partial<RegistryCredentialsFile> | null;
  const user = (u: Partial<UserCredentials> | undefined) =>
    typeof u?.username === 'string' && typeof u.password === 'string';
  return (
    typeof file === 'object' &&
    file !== null &&
    user(file.private) &&
    user(file.token) &&
    typeof file.httpSecret === 'string'
  );
}

export function credentialsPath(registriesDir: string): string {
  return join(registriesDir, 'credentials.json');
}

/** Reads `credentials.json`, or creates it; `created` tells the caller to (re)write what derives from it. */
export async function loadOrCreateCredentials(
  registriesDir: string,
): Promise<{ credentials: RegistryCredentialsFile; created: boolean }> {
  const path = credentialsPath(registriesDir);
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (isCredentialsFile(parsed)) return { credentials: parsed, created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && !(error instanceof SyntaxError)) throw error;
  }
  const credentials: RegistryCredentialsFile = {
    private: { username: 'ssl', password: randomSecret() },
    token: { username: 'jane', password: randomSecret() },
    httpSecret: randomSecret(),
  };
  await writeFile(path, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  await chmod(path, 0o600);
  return { credentials, created: true };
}
