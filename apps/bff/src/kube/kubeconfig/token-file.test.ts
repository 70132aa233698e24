import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CredentialError } from './credential-error';
import { tokenFileTtlMs, tokenFromFile } from './token-file';

const dir = mkdtempSync(path.join(tmpdir(), 'berth-token-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tokenFromFile', () => {
  it('re-reads the file once the last read is older than the TTL, so a rotated token is used', async () => {
    const file = path.join(dir, 'rotated');
    writeFileSync(file, 'first\n');
    let now = 1_000_000;
    expect(await tokenFromFile(file, 'u', () => now)).toBe('first');
    writeFileSync(file, '  second  \n');
    expect(await tokenFromFile(file, 'u', () => now + tokenFileTtlMs - 1)).toBe('first');
    now += tokenFileTtlMs;
    expect(await tokenFromFile(file, 'u', () => now)).toBe('second');
  });

  it('keeps the last token while the file is missing or empty, as client-go does', async () => {
    const file = path.join(dir, 'flaky');
    writeFileSync(file, 'good');
    let now = 2_000_000;
    expect(await tokenFromFile(file, 'u', () => now)).toBe('good');
    writeFileSync(file, '\n');
    now += tokenFileTtlMs;
    expect(await tokenFromFile(file, 'u', () => now)).toBe('good');
    rmSync(file);
    now += tokenFileTtlMs;
    expect(await tokenFromFile(file, 'u', () => now)).toBe('good');
  });

  it.each([
    ['missing', undefined, 'ENOENT'],
    ['empty', ' \n', 'it is empty'],
  ])('names the file and the user when a %s file never gave a token', async (name, content, why) => {
    const file = path.join(dir, name);
    if (content !== undefined) writeFileSync(file, content);
    const error: unknown = await tokenFromFile(file, 'robot').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialError);
    expect((error as CredentialError).message).toBe(`The token file ${file} of user robot cannot be used: ${why}`);
  });
});
