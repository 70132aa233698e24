// `npm start` builds the SPA when its build is missing or older than its sources, so a fresh clone just works.
// The check and the build live in scripts/spa-build.mjs, which the benchmarks use too.
export { ensureSpaBuilt, isSpaBuildStale, spaBuildDir, viteCli } from '../../../../scripts/spa-build.mjs';
