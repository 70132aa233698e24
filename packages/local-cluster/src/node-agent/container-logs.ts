// What the node's containers "write": the agent has no runtime, so it writes each run's lines itself (the pull with the
// image's digest, the start, a line while it runs, the exit) in the CRI log format, where the kubelet keeps them:
// one file per run, `<pod logs>/<namespace>_<pod>_<uid>/<container>/<restartCount>.log`.
import { appendFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { V1Pod } from '@kubernetes/client-node';

/** A run's file stops growing here (the kubelet rotates at containerLogMaxSize; nobody reads these for long). */
export const maxLogFileBytes = 1024 * 1024;
/** How often a running container says it is still running: what a followed log shows arriving. */
export const defaultTickMs = 5_000;

export interface ContainerRun {
  namespace: string;
  pod: string;
  uid: string;
  container: string;
  restartCount: number;
}

/** One CRI log line: `<RFC 3339 time with nanoseconds> stdout F <text>`. */
export function criLogLine(time: Date, text: string): string {
  const nanoseconds = time.toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');
  return `${nanoseconds} stdout F ${text}\n`;
}

export function runOf(pod: V1Pod, container: string, restartCount: number): ContainerRun {
  return {
    namespace: pod.metadata?.namespace ?? '',
    pod: pod.metadata?.name ?? '',
    uid: pod.metadata?.uid ?? '',
    container,
    restartCount,
  };
}

export class ContainerLogs {
  /** Runs that are running now, by file: they tick, and a follower waits on them. */
  private readonly running = new Map<string, { run: ContainerRun; startedAt: number }>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    readonly directory: string,
    private readonly now: () => number = Date.now,
    tickMs = defaultTickMs,
  ) {
    this.timer = setInterval(() => this.tick(), tickMs);
    this.timer.unref();
  }

  podDirectory(run: Pick<ContainerRun, 'namespace' | 'pod' | 'uid'>): string {
    return path.join(this.directory, `${run.namespace}_${run.pod}_${run.uid}`);
  }

  file(run: ContainerRun): string {
    return path.join(this.podDirectory(run), run.container, `${run.restartCount}.log`);
  }

  write(run: ContainerRun, text: string, at: number = this.now()): void {
    const file = this.file(run);
    mkdirSync(path.dirname(file), { recursive: true });
    if (existsSync(file) && statSync(file).size >= maxLogFileBytes) return;
    appendFileSync(file, criLogLine(new Date(at), text));
  }

  /** The run is running (again, after an agent restart): it ticks until it exits or its pod goes. */
  keepRunning(run: ContainerRun, startedAt: number): void {
    const file = this.file(run);
    if (!this.running.has(file)) this.running.set(file, { run, startedAt });
  }

  isRunning(run: ContainerRun): boolean {
    return this.running.has(this.file(run));
  }

  exited(run: ContainerRun, exitCode: number, reason: string, at: number): void {
    this.running.delete(this.file(run));
    this.write(run, `Exited with code ${exitCode} (${reason})`, at);
  }

  /** The pod is done here: its runs stop; with `remove` (the pod was deleted) its files go too, as the kubelet's do. */
  forgetPod(uid: string, remove = false): void {
    for (const [file, { run }] of this.running) if (run.uid === uid) this.running.delete(file);
    if (!remove) return;
    for (const entry of existsSync(this.directory) ? readdirSync(this.directory) : []) {
      if (entry.endsWith(`_${uid}`)) rmSync(path.join(this.directory, entry), { recursive: true, force: true });
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private tick(): void {
    const now = this.now();
    for (const { run, startedAt } of this.running.values()) {
      this.write(run, `${run.container} is running (up ${Math.round((now - startedAt) / 1000)} s)`, now);
    }
  }
}
