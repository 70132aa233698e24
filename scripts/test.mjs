// `npm test`: every stage in order (typecheck, lint, unit + integration, end-to-end), each counted, then one `N passed, N failed` line.
// A stage that fails does not stop the later ones, so one run reports everything; the exit code is non-zero if anything failed.
// `npm test -- typecheck lint` runs only the stages named (typecheck, format, lint, vitest, e2e).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Absolute: vite.config.ts roots Vite at apps/web, and Vitest resolves a relative --outputFile from there.
const resultsDir = path.resolve('test-results');
mkdirSync(resultsDir, { recursive: true });

/** A check is one command that passes or fails as a whole (typecheck, lint). */
function check(name, command, args) {
  console.error(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  return { name, passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1 };
}

/** Vitest's JSON report (Jest's shape). */
const vitestCounts = (report) => ({ passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 });

/** Playwright's JSON report: `expected` passed, `unexpected` failed; `skipped` (fixme) counts as neither. */
const playwrightCounts = (report) => ({
  passed: report.stats?.expected ?? 0,
  failed: (report.stats?.unexpected ?? 0) + (report.stats?.flaky ?? 0),
});

/** A suite counts its test cases from the runner's JSON report; a non-zero exit with no failed case (coverage, crash) counts as one failure. */
function suite(name, command, args, reportFile, counts) {
  console.error(`\n=== ${name}: ${command} ${args.join(' ')}`);
  rmSync(reportFile, { force: true });
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  let passed = 0;
  let failed = 0;
  try {
    ({ passed, failed } = counts(JSON.parse(readFileSync(reportFile, 'utf8'))));
  } catch {
    console.error(`${name}: no report at ${reportFile}`);
  }
  if (status !== 0 && failed === 0) failed = 1;
  return { name, passed, failed };
}

const npx = 'npx';
const allStages = {
  typecheck: () => check('typecheck', 'npm', ['run', '-s', 'typecheck']),
  format: () => check('format', 'npm', ['run', '-s', 'format:check']),
  lint: () => check('lint', 'npm', ['run', '-s', 'lint']),
  vitest: () =>
    suite(
      'unit + integration (vitest)',
      npx,
      [
        'vitest',
        'run',
        '--coverage',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${resultsDir}/vitest.json`,
      ],
      `${resultsDir}/vitest.json`,
      vitestCounts,
    ),
  // Its report path is set in e2e/playwright.config.ts.
  e2e: () =>
    suite(
      'end-to-end (playwright)',
      npx,
      ['playwright', 'test', '-c', 'e2e/playwright.config.ts'],
      `${resultsDir}/playwright.json`,
      playwrightCounts,
    ),
};

const named = process.argv.slice(2);
const unknown = named.filter((name) => !Object.hasOwn(allStages, name));
if (unknown.length > 0) {
  console.error(`npm test: no stage ${unknown.join(', ')}; the stages are ${Object.keys(allStages).join(', ')}`);
  process.exit(2);
}
console.error(`=== npm test under Node.js ${process.version}`);
const stages = Object.entries(allStages)
  .filter(([name]) => named.length === 0 || named.includes(name))
  .map(([, run]) => run());

console.error('\n=== summary');
for (const s of stages)
  console.error(`${s.failed ? 'FAIL' : 'ok  '} ${s.name}: ${s.passed} passed, ${s.failed} failed`);
const passed = stages.reduce((n, s) => n + s.passed, 0);
const failed = stages.reduce((n, s) => n + s.failed, 0);
// .ci/run adds its own checks to these totals.
writeFileSync(path.join(resultsDir, 'summary.json'), `${JSON.stringify({ passed, failed, stages })}\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
