// `npm test`'s lease on the local cluster for all its stages: started (or reused) at once, so its start overlaps the
// typecheck and lint, and held until stdin closes, so the end-to-end stage reuses what the integration stage had up
// instead of starting the cluster a second time. Prints one `ready` line once the cluster answers.
import { leaseTestCluster } from '@berth/local-cluster/testing/any-runner';

// Two clusters, as the end-to-end stage's global setup asks (journey 22): the second starts beside the typecheck too.
const { release } = await leaseTestCluster({ clusters: 2 });
process.stdout.write('ready\n');

let releasing: Promise<void> | undefined;
/** Stops the cluster if this lease started it and no other run still holds it; once, whatever asks first. */
function end(code: number): void {
  releasing ??= release().finally(() => process.exit(code));
}
// npm test closes our stdin when its last stage is done, or when it dies; Ctrl-C reaches us too.
process.stdin.on('end', () => end(0));
process.stdin.resume();
process.on('SIGINT', () => end(130));
process.on('SIGTERM', () => end(143));
