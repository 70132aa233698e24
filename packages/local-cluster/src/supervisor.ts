// Starts services in order, each tied to our life by setpriv --pdeathsig, and stops them in reverse order.
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, closeSync, openSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ServiceRecord } from './cluster-state';
import { logFile, type StatePaths } from './paths';
import { terminate } from './processes';
import type { ServiceSpec } from './service';

export class ServiceFailedError extends Error {
  constructor(
    readonly service: string,
    message: string,
  ) {
    super(`${service}: ${message}`);
    this.name = 'ServiceFailedError';
  }
}

interface RunningService {
  spec: ServiceSpec;
  child: ChildProcess;
  record: ServiceRecord;
  /** Settles when Node has reaped the child, so no zombie is left when we exit. */
  reaped: Promise<void>;
}

const stopGraceMs = 5000;

export class Supervisor {
  private readonly running: RunningService[] = [];
  private stopping = false;

  constructor(
    private readonly paths: StatePaths,
    private readonly log: (line: string) => void,
    /** Called whenever a record changes (started, exited), so cluster.json stays current. */
    private readonly onChange: (records: ServiceRecord[]) => void,
  ) {}

  records(): ServiceRecord[] {
    return this.running.map((service) => service.record);
  }

  async start(spec: ServiceSpec, readyTimeoutMs = 60_000): Promise<void> {
    const file = logFile(this.paths, spec.name);
    const fd = openSync(file, 'a');
    appendFileSync(
      fd,
      `[berth supervisor ${new Date().toISOString()}] starting ${spec.command} ${spec.args.join(' ')}\n`,
    );
    // --pdeathsig: the kernel signals the child when we die, even by SIGKILL, so nothing outlives us. KILL, not TERM:
    // etcd dies at the same moment, and a TERMed kube-apiserver then retries etcd for minutes during its shutdown.
    const child = spawn('setpriv', ['--pdeathsig', 'KILL', '--', spec.command, ...spec.args], {
      stdio: ['ignore', fd, fd],
      env: { ...process.env, ...spec.env },
    });
    closeSync(fd);
    if (child.pid === undefined) throw new ServiceFailedError(spec.name, `could not start ${spec.command}`);
    const record: ServiceRecord = { name: spec.name, pid: child.pid, command: spec.command, address: spec.address };
    const reaped = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const service = { spec, child, record, reaped };
    this.running.push(service);
    this.onChange(this.records());
    child.on('exit', (code, signal) => this.exited(service, code, signal));
    await this.waitReady(service, readyTimeoutMs);
    this.log(`${spec.name} ready (pid ${child.pid})${spec.address ? ` at ${spec.address}` : ''}`);
  }

  private exited(service: RunningService, code: number | null, signal: NodeJS.Signals | null): void {
    service.record.exited = { code, signal, at: new Date().toISOString() };
    if (!this.stopping) {
      const line = `${service.spec.name} exited unexpectedly (code ${String(code)}, signal ${String(signal)})`;
      this.log(line);
      appendFileSync(
        logFile(this.paths, service.spec.name),
        `[berth supervisor ${new Date().toISOString()}] ${line}\n`,
      );
    }
    this.onChange(this.records());
  }

  private async waitReady(service: RunningService, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.stopping) throw new ServiceFailedError(service.spec.name, 'start abandoned: the cluster is stopping');
      if (service.record.exited) {
        throw new ServiceFailedError(
          service.spec.name,
          `exited before it was ready (code ${String(service.record.exited.code)})`,
        );
      }
      if (await service.spec.isReady().catch(() => false)) return;
      if (Date.now() > deadline)
        throw new ServiceFailedError(service.spec.name, `not ready after ${timeoutMs / 1000} s`);
      await sleep(100);
    }
  }

  /** Reverse order: the node agent and registries go before the apiserver, the apiserver before etcd. */
  get isStopping(): boolean {
    return this.stopping;
  }

  async stopAll(): Promise<void> {
    this.stopping = true;
    for (const service of [...this.running].reverse()) {
      if (service.record.exited) continue;
      this.log(`stopping ${service.spec.name} (pid ${service.record.pid})`);
      await terminate([service.record.pid], stopGraceMs);
      await Promise.race([service.reaped, sleep(1000)]);
    }
  }
}
