import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SessionKeyError, fileKeyring, parseSessionKeys, processKeyring } from './session-keys';

const key = () => randomBytes(32).toString('base64');

describe('parseSessionKeys', () => {
  it('takes one base64 or base64url key a line, in order, skipping blank lines and comments', () => {
    const a = key();
    const b = randomBytes(48).toString('base64url');
    const keys = parseSessionKeys(`# rotated 2026-11-30\n${a}\n\n  ${b}  \r\n`, '/keys');
    expect(keys).toHaveLength(2);
    expect(keys[0]?.id).toBe(parseSessionKeys(a, '/keys')[0]?.id);
    expect(keys[0]?.id).not.toBe(keys[1]?.id);
  });

  it.each([
    ['an empty file', '', /session key file \/keys holds no key/i],
    ['only comments', '# none yet\n\n', /holds no key/],
    ['a short key', `${key()}\n${randomBytes(16).toString('base64')}`, /\/keys line 2 holds 16 bytes; .*at least 32/],
    ['a passphrase', 'correct horse battery staple', /\/keys line 1 is not base64/],
    ['one byte repeated', Buffer.alloc(32, 7).toString('base64'), /\/keys line 1 repeats one byte/],
  ])('refuses %s, naming the file and line and never the key', (_name, text, message) => {
    let error: unknown;
    try {
      parseSessionKeys(text, '/keys');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SessionKeyError);
    const shown = (error as Error).message;
    expect(shown).toMatch(message);
    for (const line of text.split('\n').filter((l) => l.length > 8 && !l.startsWith('#')))
      expect(shown).not.toContain(line);
  });
});

describe('fileKeyring', () => {
  it('seals with the first key, opens with any, and sees a rotation within a second without restart', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'berth-keys-'));
    const file = path.join(dir, 'keys');
    const [oldKey, newKey] = [key(), key()];
    const [oldId, newId] = [parseSessionKeys(oldKey, file)[0]?.id ?? '', parseSessionKeys(newKey, file)[0]?.id ?? ''];
    let now = 0;
    const problems: string[] = [];
    writeFileSync(file, `${oldKey}\n`);
    const keyring = fileKeyring(
      file,
      (m) => problems.push(m),
      () => now,
    );
    expect(keyring.sealingKey().id).toBe(oldId);
    writeFileSync(file, `${newKey}\n${oldKey}\n`);
    now += 1_000;
    expect(keyring.sealingKey().id).toBe(newId);
    expect(keyring.openingKey(oldId)).toBeDefined();
    writeFileSync(file, `${newKey}\n`);
    now += 1_000;
    expect(keyring.openingKey(oldId)).toBeUndefined();
    // A file that turns bad keeps the last good keys and says why, without the key.
    writeFileSync(file, 'short\n');
    now += 1_000;
    expect(keyring.sealingKey().id).toBe(newId);
    expect(problems.join('\n')).toMatch(/line 1/);
  });

  it('refuses to start on a missing file, naming it', () => {
    expect(() => fileKeyring('/no/such/keys', () => undefined)).toThrow(
      'Cannot read session key file /no/such/keys: ENOENT',
    );
  });

  it('without a file: one random key per process', () => {
    expect(processKeyring().sealingKey().id).not.toBe(processKeyring().sealingKey().id);
  });
});
