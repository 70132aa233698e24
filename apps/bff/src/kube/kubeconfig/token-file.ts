// A user's `tokenFile` (and a pod's service-account token) is re-read, because the kubelet and token tools rewrite it:
// bound tokens expire within about an hour. client-node read `token-file` once at load and ignored `tokenFile`.
import { readFile } from 'node:fs/promises';
import { CredentialError } from './credential-error';

/** client-go re-reads each minute; a second keeps a rotated token from being refused for long, at one small read a second. */
export const tokenFileTtlMs = 1_000;

interface Read {
  token: string;
  readAt: number;
}

/** Process-wide, per file path: bounded by the token files the kubeconfigs name. */
const reads = new Map<string, Read>();

/**
 * The token in `file` as of at most `tokenFileTtlMs` ago, whitespace trimmed. When a re-read fails (the file is being
 * replaced, or went away) the last token read is used, as client-go does; with none, a CredentialError names the file.
 */
export async function tokenFromFile(file: string, user: string, now: () => number = Date.now): Promise<string> {
  const last = reads.get(file);
  if (last !== undefined && now() - last.readAt < tokenFileTtlMs) return last.token;
  let why: string;
  try {
    const token = (await readFile(file, 'utf8')).trim();
    if (token !== '') {
      reads.set(file, { token, readAt: now() });
      return token;
    }
    why = 'it is empty';
  } catch (error) {
    why = (error as NodeJS.ErrnoException).code ?? 'it cannot be read';
  }
  if (last !== undefined) return last.token;
  throw new CredentialError('TokenFileUnreadable', `The token file ${file} of user ${user} cannot be used: ${why}`);
}
