import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tarArchive } from './ustar';

describe('tarArchive', () => {
  it('is whole 512-byte blocks ending in two zero blocks', () => {
    const archive = tarArchive([{ name: 'hello.txt', content: Buffer.from('hi\n') }]);
    expect(archive.length).toBe(512 * 4);
    expect(archive.subarray(1024).every((byte) => byte === 0)).toBe(true);
    expect(archive.subarray(257, 263).toString()).toBe('ustar\0');
  });

  it('is read back by GNU tar with names, modes, times and contents intact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'berth-ustar-'));
    try {
      const big = Buffer.alloc(1300, 'x');
      writeFileSync(
        join(dir, 'layer.tar'),
        tarArchive([
          { name: 'hello.txt', content: Buffer.from('hello\n'), mtime: 1704067200 },
          { name: 'usr/share/big.txt', content: big, mode: 0o600 },
        ]),
      );
      const listing = execFileSync('tar', ['-tvf', join(dir, 'layer.tar')], { encoding: 'utf8', env: { TZ: 'UTC' } });
      expect(listing).toMatch(/^-rw-r--r-- root\/root\s+6 2024-01-01 00:00 hello\.txt$/m);
      expect(listing).toMatch(/^-rw------- root\/root\s+1300 .* usr\/share\/big\.txt$/m);
      execFileSync('tar', ['-xf', join(dir, 'layer.tar'), '-C', dir]);
      expect(readFileSync(join(dir, 'hello.txt'), 'utf8')).toBe('hello\n');
      expect(readFileSync(join(dir, 'usr/share/big.txt'))).toEqual(big);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
