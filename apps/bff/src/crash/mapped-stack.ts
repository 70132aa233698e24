// A stack trace's frames in a bundle (build/bff/main.mjs) rewritten to the sources they came from, through the source map
// esbuild writes beside it. Done only when a crash is reported: Node's own mapping (--enable-source-maps) parses the
// 3 MB map into objects as soon as any error's stack is read, and kept the idle BFF at 212 MB instead of 129 MB.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `file:///…/x.mjs:12:34` or `/…/x.js:12:34` in a stack frame. */
const frameLocation = /(file:\/\/\/[^\s()]+?|\/[^\s():]+?\.[cm]?js):(\d+):(\d+)/g;

function readSourceMap(file: string): SourceMap | undefined {
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return undefined;
  try {
    return new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]);
  } catch {
    return undefined;
  }
}

/** The stack with every frame whose file has a `.map` beside it pointing at the original file, line and column. */
export function mapStack(stack: string): string {
  const maps = new Map<string, SourceMap | undefined>();
  return stack.replace(frameLocation, (location, where: string, line: string, column: string) => {
    const file = where.startsWith('file://') ? fileURLToPath(where) : where;
    if (!maps.has(file)) maps.set(file, readSourceMap(file));
    const entry = maps.get(file)?.findEntry(Number(line) - 1, Number(column) - 1);
    if (!entry || !('originalSource' in entry)) return location;
    const source = entry.originalSource.startsWith('file://')
      ? fileURLToPath(entry.originalSource)
      : path.resolve(path.dirname(file), entry.originalSource);
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}
