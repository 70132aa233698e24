import { appendFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { runLogVariable } from '@berth/local-cluster/testing';
import { createLogger } from '../http/logger';

/**
 * A real pino logger writing into memory, so tests can read every line the BFF logged; in an integration run also
 * into the run's log, which global setup scans for secret values when the run ends.
 */
export function captureLogs(): { logger: Logger; text: () => string } {
  const chunks: string[] = [];
  const runLog = process.env[runLogVariable];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const text = chunk.toString('utf8');
      chunks.push(text);
      if (runLog !== undefined) appendFileSync(runLog, text);
      done();
    },
  });
  return { logger: createLogger(sink), text: () => chunks.join('') };
}
