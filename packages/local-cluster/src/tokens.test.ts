import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureTokens, parseTokenFile, tokenFileContent } from './tokens';

describe('static token file', () => {
  it('puts the admin in system:masters and the restricted user in no admin group', () => {
    const content = tokenFileContent({ admin: 'a1', restricted: 'r1' });
    expect(content).toContain('a1,berth-admin,berth-admin,"system:masters"');
    expect(content).toMatch(/^r1,berth-restricted,berth-restricted,"berth:restricted"$/m);
    expect(parseTokenFile(content)).toEqual({ admin: 'a1', restricted: 'r1' });
  });

  it('generates random tokens once, stores them 0600 and reuses them', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'berth-tokens-')), 'pki', 'tokens.csv');
    const first = ensureTokens(file);
    expect(first.admin).toMatch(/^[0-9a-f]{48}$/);
    expect(first.admin).not.toBe(first.restricted);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(ensureTokens(file)).toEqual(first);
    expect(readFileSync(file, 'utf8')).toContain(first.restricted);
  });
});
