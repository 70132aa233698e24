// One `up` at a time per state dir: two concurrent starts (a shell and a test run) must not both spawn a supervisor.
import { mkdirSync, openSync, closeSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAlive } from './processes';

function holder(lockFile: string): number | undefined {
  try {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Exclusive-create lock file holding our pid; a holder that died (kill -9) leaves a stale file, which is taken over. */
export async function withUpLock<T>(
  root: string,
  onWait: (pid: number) => void,
  action: () => Promise<T>,
  timeoutMs = 20 * 60_000,
): Promise<T> {
  mkdirSync(root, { recursive: true, mode: 0o700 });
  const lockFile = path.join(root, 'up.lock');
  const deadline = Date.now() + timeoutMs;
  let waitingFor: number | undefined;
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = holder(lockFile);
      if (pid === undefined || !isAlive(pid)) {
        // Stale (or being written this instant): remove only if still the same stale content, then retry.
        await sleep(50);
        if (holder(lockFile) === pid) rmSync(lockFile, { force: true });
        continue;
      }
      if (pid !== waitingFor) onWait(pid);
      waitingFor = pid;
      if (Date.now() > deadline) throw new Error(`another \`cluster up\` (pid ${pid}) still holds ${lockFile}`);
      await sleep(200);
    }
  }
  try {
    return await action();
  } finally {
    if (holder(lockFile) === process.pid) rmSync(lockFile, { force: true });
  }
}
