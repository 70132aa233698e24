// The leak proof over a whole integration run: every BFF log line the tests' loggers wrote, at debug level, in one file.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { allPullSecretValues, clusterSecretValues } from './cluster-secret-values';
import { dockerConfigJsonShape, findLeaks, jwtShape, leakReport, loggedPasswordShape } from './leak-scan';

/** Where `captureLogs` also appends, when set (the integration project's global setup sets it for its workers). */
export const runLogVariable = 'BERTH_RUN_LOG';

/** Starts an empty run log and points the workers, which start after global setup, at it. */
export function startRunLog(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '');
  process.env[runLogVariable] = file;
}

/** Throws, naming kind, file and line (never the value), if the run's log holds a cluster credential or any pull secret's. */
export function assertRunLogClean(
  file: string,
  env: Readonly<Record<string, string | undefined>>,
): { lines: number; values: number } {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n').length - 1;
  // A run of test files that build no BFF logs nothing; the whole suite's run logs over a hundred thousand lines.
  if (lines === 0) return { lines, values: 0 };
  const values = [...clusterSecretValues(env), ...allPullSecretValues(env)];
  const leaks = findLeaks([{ file, text }], values, [jwtShape, dockerConfigJsonShape, loggedPasswordShape]);
  if (leaks.length > 0) throw new Error(`Leak proof failed. ${leakReport(leaks)}`);
  return { lines, values: values.length };
}
