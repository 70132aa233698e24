import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { logFile, statePaths } from './paths';
import { isAlive } from './processes';
import type { ServiceSpec } from './service';
import { ServiceFailedError, Supervisor } from './supervisor';

function newSupervisor() {
  const paths = statePaths(mkdtempSync(path.join(tmpdir(), 'berth-supervisor-')));
  mkdirSync(paths.logs, { recursive: true });
  const lines: string[] = [];
  return {
    paths,
    lines,
    supervisor: new Supervisor(
      paths,
      (line) => lines.push(line),
      () => undefined,
    ),
  };
}

const sleeper = (name: string): ServiceSpec => ({
  name,
  command: '/bin/sleep',
  args: ['30'],
  isReady: () => Promise.resolve(true),
});

describe('Supervisor', () => {
  it('starts services, records their pids, and stops them in reverse order', async () => {
    const { supervisor, lines } = newSupervisor();
    await supervisor.start(sleeper('first'));
    await supervisor.start(sleeper('second'));
    const pids = supervisor.records().map((record) => record.pid);
    expect(pids.every(isAlive)).toBe(true);
    await supervisor.stopAll();
    expect(pids.filter(isAlive)).toEqual([]);
    expect(lines.filter((line) => line.startsWith('stopping'))).toEqual([
      `stopping second (pid ${pids[1]})`,
      `stopping first (pid ${pids[0]})`,
    ]);
  });

  it('reports a service that exits before it is ready, in its log too', async () => {
    const { supervisor, paths } = newSupervisor();
    const crashing: ServiceSpec = {
      name: 'crashing',
      command: '/bin/sh',
      args: ['-c', 'echo boom; exit 3'],
      isReady: () => Promise.resolve(false),
    };
    await expect(supervisor.start(crashing)).rejects.toThrow(ServiceFailedError);
    await expect(supervisor.start({ ...crashing, name: 'crashing-2' })).rejects.toThrow(
      /exited before it was ready \(code 3\)/,
    );
    const log = readFileSync(logFile(paths, 'crashing'), 'utf8');
    expect(log).toContain('boom');
    expect(log).toContain('exited unexpectedly (code 3');
  });

  it('gives up on a service that never becomes ready', async () => {
    const { supervisor } = newSupervisor();
    const never: ServiceSpec = { ...sleeper('never'), isReady: () => Promise.resolve(false) };
    await expect(supervisor.start(never, 300)).rejects.toThrow(/not ready after 0.3 s/);
    await supervisor.stopAll();
    expect(supervisor.records().filter((record) => isAlive(record.pid))).toEqual([]);
  });
});
