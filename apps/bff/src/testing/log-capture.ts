import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { createLogger } from '../logger';

/** A real pino logger writing into memory, so tests can read every line the BFF logged. */
export function captureLogs(): { logger: Logger; text: () => string } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  return { logger: createLogger(sink), text: () => chunks.join('') };
}
