// `npm test`: every stage (typecheck, format, lint, unit + integration, end-to-end), each counted, then one `N passed,
// N failed` line. A stage that fails does not stop the later ones, so one run reports everything; the exit code is
// non-zero if anything failed. `npm test -- typecheck lint` runs only the stages named (typecheck, format, lint, vitest, e2e).
//
// On 2 cores the run is ordered to keep both busy: the local cluster starts and the integration tests (which mostly wait
// on the cluster) run from the start, beside the CPU-bound typecheck, format, lint and unit + web tests; the
// end-to-end journeys follow on the same cluster, held by one lease for the whole run.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

// Absolute: vite.config.ts roots Vite at apps/web, and Vitest resolves a relative --outputFile from there.
const resultsDir = path.resolve('test-results');
mkdirSync(resultsDir, { recursive: true });
const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;

/** Runs a command to its end; with a prefix, its output lines are marked, since it runs beside another stage. */
function run(command, args, prefix) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: prefix ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    });
    if (prefix)
      for (const stream of [child.stdout, child.stderr])
        createInterface({ input: stream }).on('line', (line) => console.error(`${prefix} ${line}`));
    child.on('close', (status) => resolve(status ?? 1));
  });
}

/** A check is one command that passes or fails as a whole (typecheck, lint). */
async function check(name, command, args) {
  console.error(`\n=== ${name}: ${command} ${args.join(' ')} (at ${elapsed()})`);
  const status = await run(command, args);
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
async function suite(name, command, args, reportFile, counts, prefix) {
  console.error(`\n=== ${name}: ${command} ${args.join(' ')} (at ${elapsed()})`);
  rmSync(reportFile, { force: true });
  const status = await run(command, args, prefix);
  let passed = 0;
  let failed = 0;
  try {
    ({ passed, failed } = counts(JSON.parse(readFileSync(reportFile, 'utf8'))));
  } catch {
    console.error(`${name}: no report at ${reportFile}`);
  }
  if (status !== 0 && failed === 0) failed = 1;
  console.error(`=== ${name} done at ${elapsed()}`);
  return { name, passed, failed };
}

/**
 * The cluster lease for the whole run (scripts/hold-test-cluster.ts): the stages' own leases then reuse its cluster.
 * `release` closes its stdin and waits: it stops the cluster if it started it.
 */
function holdCluster() {
  console.error(`\n=== local cluster: started (or reused) for the run, held until its last stage (at ${elapsed()})`);
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/hold-test-cluster.ts'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line === 'ready') console.error(`=== local cluster ready at ${elapsed()}`);
  });
  const exited = new Promise((resolve) => child.on('close', (status) => resolve(status ?? 1)));
  return {
    release: async () => {
      child.stdin.end();
      const status = await exited;
      if (status !== 0) console.error(`local cluster lease: exit ${status} (the stages' own leases started theirs)`);
    },
  };
}

const npx = 'npx';
const vitest = (projects, report, extra = []) => [
  'vitest',
  'run',
  ...projects.flatMap((p) => ['--project', p]),
  ...extra,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${resultsDir}/${report}`,
];
const stageNames = ['typecheck', 'format', 'lint', 'vitest', 'e2e'];

const named = process.argv.slice(2);
const unknown = named.filter((name) => !stageNames.includes(name));
if (unknown.length > 0) {
  console.error(`npm test: no stage ${unknown.join(', ')}; the stages are ${stageNames.join(', ')}`);
  process.exit(2);
}
const wanted = (name) => named.length === 0 || named.includes(name);
console.error(`=== npm test under Node.js ${process.version}`);

const cluster = wanted('vitest') || wanted('e2e') ? holdCluster() : undefined;
// Beside everything until the end-to-end stage; its global setup waits for the cluster the lease is starting.
const integration = wanted('vitest')
  ? suite(
      'integration (vitest)',
      npx,
      vitest(['integration'], 'vitest-integration.json'),
      `${resultsDir}/vitest-integration.json`,
      vitestCounts,
      '[integration]',
    )
  : undefined;

// The CPU-bound stages yield to the integration tests and the cluster beside them, whose timings are what they test.
const beside = (command, args) => (integration ? ['nice', ['-n', '10', command, ...args]] : [command, args]);
const stages = [];
if (wanted('typecheck')) stages.push(await check('typecheck', ...beside('npm', ['run', '-s', 'typecheck'])));
if (wanted('format')) stages.push(await check('format', ...beside('npm', ['run', '-s', 'format:check'])));
if (wanted('lint')) stages.push(await check('lint', ...beside('npm', ['run', '-s', 'lint'])));
if (wanted('vitest')) {
  // Coverage (of packages/contracts, which the unit tests cover) is measured here; the integration run goes uninstrumented.
  stages.push(
    await suite(
      'unit + web (vitest, coverage)',
      ...beside(npx, vitest(['unit', 'web'], 'vitest-unit.json', ['--coverage'])),
      `${resultsDir}/vitest-unit.json`,
      vitestCounts,
    ),
  );
  stages.push(await integration);
}
// Its report path is set in e2e/playwright.config.ts.
if (wanted('e2e'))
  stages.push(
    await suite(
      'end-to-end (playwright)',
      npx,
      ['playwright', 'test', '-c', 'e2e/playwright.config.ts'],
      `${resultsDir}/playwright.json`,
      playwrightCounts,
    ),
  );
await cluster?.release();

console.error(`\n=== summary (${elapsed()})`);
for (const s of stages)
  console.error(`${s.failed ? 'FAIL' : 'ok  '} ${s.name}: ${s.passed} passed, ${s.failed} failed`);
const passed = stages.reduce((n, s) => n + s.passed, 0);
const failed = stages.reduce((n, s) => n + s.failed, 0);
// .ci/run adds its own checks to these totals.
writeFileSync(path.join(resultsDir, 'summary.json'), `${JSON.stringify({ passed, failed, stages })}\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
