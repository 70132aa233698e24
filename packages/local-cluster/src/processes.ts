// Process checks by pid: alive (not a zombie), really ours (its /proc cmdline), and ending one with TERM then KILL.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // A zombie still answers kill(0) but has already exited; field 3 of /proc/<pid>/stat is its state.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

export function commandLine(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

/** A recorded pid may have been reused by an unrelated process since; only signal it when its cmdline still matches. */
export function isOurs(pid: number, matches: (argv: string[]) => boolean): boolean {
  return isAlive(pid) && matches(commandLine(pid));
}

export function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone: nothing to stop.
  }
}

export async function waitUntilGone(pids: number[], timeoutMs: number): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  let alive = pids.filter(isAlive);
  while (alive.length > 0 && Date.now() < deadline) {
    await sleep(50);
    alive = alive.filter(isAlive);
  }
  return alive;
}

/** TERM, then KILL whatever is still there after graceMs. */
export async function terminate(pids: number[], graceMs: number): Promise<void> {
  for (const pid of pids) signal(pid, 'SIGTERM');
  const stubborn = await waitUntilGone(pids, graceMs);
  for (const pid of stubborn) signal(pid, 'SIGKILL');
  await waitUntilGone(stubborn, 2000);
}
