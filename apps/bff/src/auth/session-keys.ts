// The keys that seal session cookies: from `--session-key-file` (one key a line: the first seals, all open), so every
// replica given the same file opens every other replica's cookies; without a file, one random key per process.
import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** 256 bits: what AES-256-GCM needs, and what `openssl rand -base64 32` writes. */
export const minimumKeyBytes = 32;

export interface SessionKey {
  /** Names the key inside a sealed cookie, so opening picks it directly; a hash, never the key itself. */
  id: string;
  /** The AES-256-GCM key, derived from the line so keys longer than 32 bytes serve as well. */
  aesKey: Buffer;
}

/** Thrown when a key file cannot be used; names the file and line, never the key. */
export class SessionKeyError extends Error {
  override readonly name = 'SessionKeyError';
}

export function sessionKey(secret: Buffer): SessionKey {
  const aesKey = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'berth session cookie v1', 32));
  const id = createHash('sha256').update('berth session key id').update(aesKey).digest('base64url').slice(0, 8);
  return { id, aesKey };
}

/** base64 or base64url, padded or not. */
const base64Line = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** The keys of a key file's text, in order; blank lines and `#` comments are skipped. */
export function parseSessionKeys(text: string, file: string): SessionKey[] {
  const keys: SessionKey[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const where = `${file} line ${index + 1}`;
    if (!base64Line.test(line))
      throw new SessionKeyError(`Session key ${where} is not base64 (make one with: openssl rand -base64 32)`);
    const bytes = Buffer.from(line.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (bytes.length < minimumKeyBytes)
      throw new SessionKeyError(
        `Session key ${where} holds ${bytes.length} bytes; a key must be at least ${minimumKeyBytes} random bytes, base64 (openssl rand -base64 32)`,
      );
    if (bytes.every((byte) => byte === bytes[0]))
      throw new SessionKeyError(`Session key ${where} repeats one byte: it is not random`);
    keys.push(sessionKey(bytes));
  });
  if (keys.length === 0)
    throw new SessionKeyError(`Session key file ${file} holds no key (one base64 key a line: openssl rand -base64 32)`);
  return keys;
}

/** Which keys seal and open now. */
export interface SessionKeyring {
  /** The key new and refreshed cookies are sealed with. */
  sealingKey(): SessionKey;
  /** The key a cookie names, if this replica still holds it. */
  openingKey(id: string): SessionKey | undefined;
}

/** One random key that lives and dies with this process: sessions end on restart. */
export function processKeyring(): SessionKeyring {
  const key = sessionKey(randomBytes(minimumKeyBytes));
  return { sealingKey: () => key, openingKey: (id) => (id === key.id ? key : undefined) };
}

/** A mounted Secret is rewritten in place on rotation; once a second is often enough to see it, and cheap. */
const rereadMs = 1_000;

/**
 * The keys of `file`, read now (a bad file throws a SessionKeyError: start-up fails) and again at most once a second, so
 * a rotated Secret takes effect without a restart. A file that turns bad later keeps the last good keys, and says so.
 */
export function fileKeyring(
  file: string,
  onBadReread: (message: string) => void,
  now: () => number = Date.now,
): SessionKeyring {
  const read = (): { text: string; keys: SessionKey[] } => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new SessionKeyError(
        `Cannot read session key file ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`,
      );
    }
    return { text, keys: parseSessionKeys(text, file) };
  };
  let current = read();
  let readAt = now();
  const keys = (): SessionKey[] => {
    if (now() - readAt < rereadMs) return current.keys;
    readAt = now();
    try {
      const text = readFileSync(file, 'utf8');
      if (text !== current.text) current = { text, keys: parseSessionKeys(text, file) };
    } catch (error) {
      onBadReread(`${error instanceof Error ? error.message : String(error)}; keeping the keys read before`);
    }
    return current.keys;
  };
  return {
    sealingKey: () => keys()[0] as SessionKey,
    openingKey: (id) => keys().find((key) => key.id === id),
  };
}
