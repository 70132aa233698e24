import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { mapStack } from './mapped-stack';

/** A two-file TypeScript program bundled and minified as scripts/bundle-bff.mjs does, and the stack its throw leaves. */
async function bundledStack(): Promise<{ stack: string; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'berth-mapped-stack-'));
  writeFileSync(path.join(dir, 'fail.ts'), 'export function fail(why: string): never {\n  throw new Error(why);\n}\n');
  writeFileSync(
    path.join(dir, 'main.ts'),
    "import { fail } from './fail';\n\nexport const run = () => fail('mapped');\n",
  );
  const outfile = path.join(dir, 'out', 'main.mjs');
  await build({
    entryPoints: [path.join(dir, 'main.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    sourcemap: 'linked',
    sourcesContent: false,
    minify: true,
    logLevel: 'silent',
  });
  // In a plain node, as `npm start` runs it: Vitest's own workers map stacks already.
  const script = `import(${JSON.stringify(pathToFileURL(outfile).href)}).then((m) => { try { m.run(); } catch (e) { console.log(e.stack); } })`;
  const stack = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  return { stack, dir };
}

describe('mapStack', () => {
  it('points frames in a bundle with a source map at the .ts files and lines they came from', async () => {
    const { stack, dir } = await bundledStack();
    expect(stack).toMatch(/out\/main\.mjs:1:\d+/);
    const mapped = mapStack(stack);
    expect(mapped).toContain('Error: mapped');
    expect(mapped).toContain(`${path.join(dir, 'fail.ts')}:2:`);
    expect(mapped).toContain(`${path.join(dir, 'main.ts')}:3:`);
    expect(mapped).not.toContain('main.mjs');
  });

  it('leaves frames without a source map, and Node internals, as they are', () => {
    const stack = 'Error: x\n    at f (/nowhere/lib.js:3:4)\n    at node:internal/modules/run_main:1:2';
    expect(mapStack(stack)).toBe(stack);
  });
});
