// The BFF as one JavaScript bundle, build/bff/main.mjs, made with esbuild when it is missing or older than its sources.
// `npm start` runs it (scripts/start.mjs); `node scripts/bundle-bff.mjs` only makes it (the benchmarks, before timing).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { clientNodeWithoutSideEffects, listWatchWithoutModels } from './client-node-trim.mjs';
import { repoRoot } from './repo-root.mjs';
import { isBuildStale } from './stale-build.mjs';

export const bundle = path.join(repoRoot, 'build/bff/main.mjs');
// The scripts the BFF imports (spa-build.mjs and what it uses) are bundled too.
const sources = [
  'apps/bff/src',
  'packages/contracts/src',
  'packages/registry/src',
  'packages/local-cluster/src',
  'package-lock.json',
  'scripts/bundle-bff.mjs',
  'scripts/client-node-trim.mjs',
  'scripts/repo-root.mjs',
  'scripts/spa-build.mjs',
  'scripts/stale-build.mjs',
];

/** Our sources keep their own place: `import.meta` in them names the file they were written in, not the bundle. */
const keepImportMeta = {
  name: 'keep-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.(ts|mjs)$/ }, async ({ path: file }) => {
      if (file.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = await readFile(file, 'utf8');
      const contents = text
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(file)))
        .replaceAll('import.meta.filename', JSON.stringify(file))
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(file).href));
      return { contents, loader: file.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

async function bundleBff() {
  const esbuild = await import('esbuild');
  try {
    const result = await esbuild.build({
      entryPoints: [path.join(repoRoot, 'apps/bff/src/main.ts')],
      outfile: bundle,
      write: false,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node24',
      // Read only to report a crash (apps/bff/src/crash/mapped-stack.ts), which needs lines, not the sources' text.
      sourcemap: 'linked',
      sourcesContent: false,
      minifyWhitespace: true,
      minifySyntax: true,
      // Licence comments go to main.mjs.LEGAL.txt: one non-ASCII letter in them made V8 hold the whole bundle's source
      // as two-byte text (5.6 MB more RSS); esbuild escapes every other non-ASCII character (charset ascii).
      legalComments: 'external',
      logLevel: 'warning',
      // CommonJS dependencies (express, pino) call require(); an ES module bundle has none of its own.
      banner: {
        js: "import { createRequire as berthCreateRequire } from 'node:module'; const require = berthCreateRequire(import.meta.url);",
      },
      plugins: [keepImportMeta, clientNodeWithoutSideEffects, listWatchWithoutModels],
    });
    // Written aside and renamed, so a BFF starting meanwhile never reads half a bundle.
    mkdirSync(path.dirname(bundle), { recursive: true });
    const code = result.outputFiles.find((output) => output.path === bundle);
    const nonAscii = code?.contents.findIndex((byte) => byte > 0x7f) ?? -1;
    if (nonAscii >= 0)
      throw new Error(`the bundle has a non-ASCII byte at ${nonAscii}; V8 would keep its source as two-byte text`);
    for (const output of result.outputFiles) {
      const aside = `${output.path}.${process.pid}`;
      writeFileSync(aside, output.contents);
      renameSync(aside, output.path);
    }
  } finally {
    await esbuild.stop();
  }
}

/** Bundles the BFF when the bundle is missing or stale; the process exits with 1 when esbuild fails. */
export async function ensureBffBundle() {
  if (!isBuildStale(bundle, sources)) return;
  console.error('[berth] bundling the BFF (esbuild)');
  try {
    await bundleBff();
  } catch (error) {
    console.error(`berth: bundling the BFF failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

if (process.argv[1] === import.meta.filename) await ensureBffBundle();
