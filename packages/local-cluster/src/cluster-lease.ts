// Leases of a shared cluster: concurrent test runs reuse one cluster, and the last to leave stops it if a run started it.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stopCluster } from './down';
import { type StatePaths, statePaths } from './paths';
import { isAlive } from './processes';

const stopWhenIdle = 'stop-when-idle';

function leaseDir(paths: StatePaths): string {
  return path.join(paths.root, 'leases');
}

function otherLiveHolders(paths: StatePaths): number[] {
  const dir = leaseDir(paths);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map(Number)
    .filter((pid) => Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid));
}

export function holdCluster(paths: StatePaths = statePaths()): void {
  mkdirSync(leaseDir(paths), { recursive: true, mode: 0o700 });
  writeFileSync(path.join(leaseDir(paths), String(process.pid)), '');
}

/** Stops the cluster when it was started for a leaseholder (us or one before us) and nobody else still holds it. */
export async function releaseCluster(startedByUs: boolean, paths: StatePaths = statePaths()): Promise<void> {
  const dir = leaseDir(paths);
  rmSync(path.join(dir, String(process.pid)), { force: true });
  const marker = path.join(dir, stopWhenIdle);
  if (otherLiveHolders(paths).length > 0) {
    if (startedByUs) writeFileSync(marker, '');
    return;
  }
  if (startedByUs || existsSync(marker)) {
    rmSync(marker, { force: true });
    await stopCluster(paths);
  }
}
