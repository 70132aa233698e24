// The image's root filesystem as a folder: node and the shared libraries it loads, the bundled BFF, the built SPA, a
// passwd and group naming the image's user, an empty /tmp; owned by root, every time the epoch. Nothing else: no shell.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { bffDir, groupLine, nodePath, passwdLine, spaDir, writableDir } from './image-spec';

/** The absolute paths of the libraries `ldd` says an executable loads, the loader included (the vDSO has no file). */
export function parseLdd(output: string): string[] {
  const missing = [...output.matchAll(/^\s*(\S+) => not found/gm)].map((match) => match[1]);
  if (missing.length > 0)
    throw new Error(`ldd: the executable needs libraries this machine lacks: ${missing.join(', ')}`);
  const paths = output
    .split('\n')
    .map((line) => /^\s*(?:\S+ => )?(\/\S+) \(0x[0-9a-f]+\)$/.exec(line)?.[1])
    .filter((file): file is string => file !== undefined);
  if (paths.length === 0) throw new Error(`ldd names no libraries: ${output.trim()}`);
  return paths;
}

export function sharedLibraries(executable: string): string[] {
  return parseLdd(execFileSync('ldd', [executable], { encoding: 'utf8' }));
}

export interface RootfsSources {
  /** The node executable to ship (the npm registry's node@24; in the Dockerfile, the slim image's). */
  node: string;
  /** scripts/bundle-bff.mjs's output folder. */
  bffBuildDir: string;
  /** scripts/spa-build.mjs's output folder. */
  spaBuildDir: string;
}

function copyFile(from: string, to: string, mode: number): void {
  mkdirSync(path.dirname(to), { recursive: true });
  cpSync(realpathSync(from), to);
  chmodSync(to, mode);
}

const epoch = new Date(0);

/** Root-owned, directories 0755 (/tmp 1777), files keep their modes; times set children first, so no write moves them. */
function settle(file: string, relative: string, asRoot: boolean): void {
  const stat = lstatSync(file);
  if (stat.isDirectory()) {
    for (const entry of readdirSync(file)) settle(path.join(file, entry), `${relative}/${entry}`, asRoot);
    chmodSync(file, relative === writableDir ? 0o1777 : 0o755);
  }
  if (asRoot) chownSync(file, 0, 0);
  utimesSync(file, epoch, epoch);
}

/** Writes the image's files under `into` (an empty or missing folder); answers the files' list. */
export function stageRootfs(into: string, sources: RootfsSources): string[] {
  mkdirSync(into, { recursive: true });
  const inside = (file: string) => path.join(into, file);
  copyFile(sources.node, inside(nodePath), 0o755);
  for (const library of sharedLibraries(sources.node))
    copyFile(library, inside(library), statSync(realpathSync(library)).mode & 0o777);
  // The bundle only: not the V8 compile cache `npm start` keeps beside it (scripts/start.mjs), which varies per machine.
  const compileCache = path.join(sources.bffBuildDir, 'compile-cache');
  cpSync(sources.bffBuildDir, inside(bffDir), {
    recursive: true,
    dereference: true,
    filter: (source) => source !== compileCache && !source.startsWith(`${compileCache}${path.sep}`),
  });
  cpSync(sources.spaBuildDir, inside(spaDir), { recursive: true, dereference: true });
  mkdirSync(inside('etc'), { recursive: true });
  writeFileSync(inside('etc/passwd'), passwdLine, { mode: 0o644 });
  writeFileSync(inside('etc/group'), groupLine, { mode: 0o644 });
  mkdirSync(inside(writableDir), { recursive: true });
  settle(into, '', process.getuid?.() === 0);
  return rootfsFiles(into);
}

/** Every file and folder under `rootfs` as an absolute path inside the image (folders end with `/`), sorted. */
export function rootfsFiles(rootfs: string, relative = ''): string[] {
  return readdirSync(path.join(rootfs, relative), { withFileTypes: true })
    .flatMap((entry) => {
      const inImage = `${relative}/${entry.name}`;
      return entry.isDirectory() ? [`${inImage}/`, ...rootfsFiles(rootfs, inImage)] : [inImage];
    })
    .sort();
}
