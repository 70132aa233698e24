import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { mapStack } from './mapped-stack';

const dir = mkdtempSync(path.join(tmpdir(), 'berth-mapped-stack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A two-file TypeScript program bundled and minified as scripts/bundle-bff.mjs does, and the stack its throw leaves. */
async function bundledStack(): Promise<string> {
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
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
}

describe('mapStack', () => {
  it('points frames in a bundle with a source map at the .ts files and lines they came from', async () => {
    const stack = await bundledStack();
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
