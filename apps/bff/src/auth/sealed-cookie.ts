// A session sealed into its cookie with AES-256-GCM: encrypted (the token inside is unreadable) and authenticated (one
// changed byte, or a key this replica does not hold, and it does not open). Format: v1.<key id>.<iv>.<ciphertext>.<tag>.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { SessionKey, SessionKeyring } from './session-keys';

/** What a session cookie holds, all of it inside the seal. Times are epoch milliseconds. */
export const sealedSession = z.strictObject({
  /** Random, 128 bits: names the session for sign-out's revocation list and binds the CSRF token. */
  id: z.string().min(1),
  csrfToken: z.string().min(1),
  token: z.string().min(1),
  username: z.string(),
  /** Tokens for clusters other than the default one, by context name, each with the user name it signs in as. */
  clusters: z.record(z.string(), z.strictObject({ token: z.string().min(1), username: z.string() })).optional(),
  createdAt: z.number(),
  seenAt: z.number(),
});
export type SealedSession = z.infer<typeof sealedSession>;

const version = 'v1';
const b64 = (bytes: Buffer) => bytes.toString('base64url');
/** Only the one canonical spelling: Node's decoder ignores stray characters and a last character's spare bits. */
function fromB64(text: string): Buffer | undefined {
  const bytes = Buffer.from(text, 'base64url');
  return b64(bytes) === text ? bytes : undefined;
}

export function sealSession(session: SealedSession, key: SessionKey): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.aesKey, iv);
  // The version and key id are authenticated too, though not secret.
  cipher.setAAD(Buffer.from(`${version}.${key.id}`));
  const sealed = Buffer.concat([cipher.update(JSON.stringify(session), 'utf8'), cipher.final()]);
  return [version, key.id, b64(iv), b64(sealed), b64(cipher.getAuthTag())].join('.');
}

/** The session sealed in `cookie`, or undefined when it is not one of ours, was altered, or its key is gone. */
export function openSession(cookie: string, keyring: SessionKeyring): SealedSession | undefined {
  const [v, keyId, ...parts] = cookie.split('.');
  const [iv, sealed, tag] = parts.map(fromB64);
  if (v !== version || keyId === undefined || parts.length !== 3 || !iv || !sealed || !tag) return;
  const key = keyring.openingKey(keyId);
  if (key === undefined) return;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.aesKey, iv, { authTagLength: 16 });
    decipher.setAAD(Buffer.from(`${version}.${keyId}`));
    decipher.setAuthTag(tag);
    const plain = Buffer.concat([decipher.update(sealed), decipher.final()]);
    const parsed = sealedSession.safeParse(JSON.parse(plain.toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    // A wrong tag, IV length or JSON: all mean "not a session of ours", and nothing of it is worth logging.
    return undefined;
  }
}
