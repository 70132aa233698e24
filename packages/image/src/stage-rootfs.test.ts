import { lstatSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { groupLine, passwdLine } from './image-spec';
import { parseLdd, sharedLibraries, stageRootfs } from './stage-rootfs';

const dir = mkdtempSync(path.join(tmpdir(), 'berth-stage-rootfs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const nodeLdd = `	linux-vdso.so.1 (0x00007ffd5a1f2000)
	libdl.so.2 => /lib/x86_64-linux-gnu/libdl.so.2 (0x00007f0e9c1e0000)
	libstdc++.so.6 => /lib/x86_64-linux-gnu/libstdc++.so.6 (0x00007f0e9bc00000)
	libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0e9ba1f000)
	/lib64/ld-linux-x86-64.so.2 (0x00007f0e9c201000)
`;

describe('parseLdd', () => {
  it.each([
    {
      output: nodeLdd,
      libraries: [
        '/lib/x86_64-linux-gnu/libdl.so.2',
        '/lib/x86_64-linux-gnu/libstdc++.so.6',
        '/lib/x86_64-linux-gnu/libc.so.6',
        '/lib64/ld-linux-x86-64.so.2',
      ],
    },
  ])('names every library with a file, the loader too, and not the vDSO', ({ output, libraries }) => {
    expect(parseLdd(output)).toEqual(libraries);
  });

  it.each([
    { output: `\tlibfoo.so.1 => not found\n${nodeLdd}`, error: /lacks: libfoo\.so\.1/ },
    { output: '\tnot a dynamic executable\n', error: /names no libraries/ },
    { output: '\tstatically linked\n', error: /names no libraries/ },
  ])('refuses what cannot run: $output', ({ output, error }) => {
    expect(() => parseLdd(output)).toThrow(error);
  });
});

describe('stageRootfs', () => {
  const bff = path.join(dir, 'bff');
  const web = path.join(dir, 'web');
  mkdirSync(path.join(web, 'assets'), { recursive: true });
  mkdirSync(bff);
  writeFileSync(path.join(bff, 'main.mjs'), 'console.log(1)');
  // What `npm start` leaves beside the bundle on this machine (scripts/start.mjs): no part of the image.
  mkdirSync(path.join(bff, 'compile-cache', 'v8'), { recursive: true });
  writeFileSync(path.join(bff, 'compile-cache', 'v8', 'main'), 'cached code');
  writeFileSync(path.join(web, 'index.html'), '<!doctype html>');
  writeFileSync(path.join(web, 'assets', 'app.js'), '');
  const rootfs = path.join(dir, 'rootfs');
  const files = stageRootfs(rootfs, { node: process.execPath, bffBuildDir: bff, spaBuildDir: web });

  it('holds node, the libraries ldd names, the BFF, the SPA, passwd, group and an empty /tmp, and nothing else (no compile cache)', () => {
    const folders = (file: string) =>
      file
        .split('/')
        .slice(1, -1)
        .map((_, i, parts) => `/${parts.slice(0, i + 1).join('/')}/`);
    const leaves = [
      '/usr/local/bin/node',
      ...sharedLibraries(process.execPath),
      '/app/bff/main.mjs',
      '/app/web/index.html',
      '/app/web/assets/app.js',
      '/etc/passwd',
      '/etc/group',
      '/tmp/',
    ];
    expect(files).toEqual([...new Set([...leaves.flatMap(folders), ...leaves])].sort());
  });

  it('is root-owned with every time the epoch, /tmp sticky and world-writable, node executable', () => {
    for (const file of files) {
      const stat = lstatSync(path.join(rootfs, file));
      expect(stat.mtimeMs, file).toBe(0);
      if (process.getuid?.() === 0) expect([stat.uid, stat.gid], file).toEqual([0, 0]);
    }
    expect(lstatSync(path.join(rootfs, 'tmp')).mode & 0o7777).toBe(0o1777);
    expect(lstatSync(path.join(rootfs, 'usr/local/bin/node')).mode & 0o777).toBe(0o755);
    expect(lstatSync(path.join(rootfs, 'app')).mode & 0o777).toBe(0o755);
  });

  it('names only the image user in passwd and group', () => {
    expect(passwdLine).toBe('berth:x:65532:65532:Berth:/tmp:/sbin/nologin\n');
    expect(groupLine).toBe('berth:x:65532:\n');
  });
});
