// The leak proof over the e2e run: every recording and BFF debug log scanned for every secret value the journeys used.
import { frameMarker, readLeakEvidence, responseMarker } from './api-recorder';
import { findLeaks, jwtShape, leakReport, type SecretValue } from '@berth/local-cluster/testing/any-runner';

export interface LeakScanSummary {
  responses: number;
  frames: number;
  logLines: number;
  values: number;
}

function countLines(text: string, prefix: string): number {
  return text.split('\n').filter((line) => line.startsWith(prefix)).length;
}

/** Throws, naming the kind of value and the file and line, when any evidence holds one of `values` or a JWT. */
export function assertNoLeaks(values: readonly SecretValue[]): LeakScanSummary {
  const evidence = readLeakEvidence();
  const leaks = findLeaks(evidence, values, [jwtShape]);
  if (leaks.length > 0) throw new Error(`Leak proof failed. ${leakReport(leaks)}`);
  const logs = evidence.filter((e) => e.file.endsWith('.log'));
  return {
    responses: evidence.reduce((n, e) => n + countLines(e.text, responseMarker), 0),
    frames: evidence.reduce((n, e) => n + countLines(e.text, frameMarker), 0),
    logLines: logs.reduce((n, e) => n + e.text.split('\n').length - 1, 0),
    values: values.length,
  };
}

/** An empty recording proves nothing: the run must have read real answers, frames and debug log lines. */
export function assertEnoughEvidence(
  summary: LeakScanSummary,
  least: { responses: number; frames: number; logLines: number },
): void {
  const short = (['responses', 'frames', 'logLines'] as const).filter((k) => summary[k] < least[k]);
  if (short.length > 0) {
    throw new Error(
      `Leak proof recorded too little to mean anything: ${short.map((k) => `${summary[k]} ${k} (at least ${least[k]})`).join(', ')}`,
    );
  }
}
