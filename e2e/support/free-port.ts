// By path: `@berth/local-cluster/testing` also loads its vitest-only helpers, which throw outside a vitest run.
export { freeLoopbackPort } from '../../packages/local-cluster/src/testing/free-port';
