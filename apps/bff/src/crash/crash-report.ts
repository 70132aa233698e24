// What a crash prints: what was thrown and where, as its stack (the message, then `at file:line:column` frames, mapped
// to the .ts sources under `npm start`), never the source text Node's own report quotes: from the esbuild bundle that
// text is one minified line of about 100 KB.
import { mapStack } from './mapped-stack';

/** How long cleaning up after a crash may take before the process exits anyway. */
const cleanUpMs = 15_000;

function printable(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** The thrown value's message and stack, and those of its causes. */
export function describeCrash(thrown: unknown, depth = 0): string {
  if (!(thrown instanceof Error)) return `${typeof thrown} thrown: ${printable(thrown)}`;
  const text = thrown.stack === undefined ? `${thrown.name}: ${thrown.message}` : mapStack(thrown.stack);
  return thrown.cause !== undefined && depth < 3
    ? `${text}\ncaused by: ${describeCrash(thrown.cause, depth + 1)}`
    : text;
}

let cleanUp: () => Promise<unknown> = () => Promise.resolve();

/** What runs between the report and the exit: main.ts stops the local cluster it started. */
export function beforeCrashExit(run: () => Promise<unknown>): void {
  cleanUp = run;
}

/** From now on an uncaught exception or unhandled rejection is reported, cleaned up after, and exits the process with 1. */
export function reportCrashes(): void {
  let crashed = false;
  process.on('uncaughtException', (error) => {
    console.error(`berth: crashed: ${describeCrash(error)}`);
    // A second crash while cleaning up after the first ends the process at once.
    if (crashed) process.exit(1);
    crashed = true;
    setTimeout(() => process.exit(1), cleanUpMs).unref();
    void cleanUp().finally(() => process.exit(1));
  });
}
