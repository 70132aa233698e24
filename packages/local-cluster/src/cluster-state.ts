// cluster.json: what the supervisor is doing and which processes it started, for `up`, `status` and `down`.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { StatePaths } from './paths';

export interface ServiceRecord {
  name: string;
  pid: number;
  /** The executable, to tell our process from an unrelated one that reused the pid. */
  command: string;
  address?: string;
  exited?: { code: number | null; signal: string | null; at: string };
}

export interface ClusterState {
  supervisorPid: number;
  startedAt: string;
  /** Human-readable step, printed by `up` as progress. */
  phase: string;
  ready: boolean;
  readyAt?: string;
  failed?: { service?: string; message: string };
  services: ServiceRecord[];
}

export function readClusterState(paths: StatePaths): ClusterState | undefined {
  if (!existsSync(paths.clusterJson)) return undefined;
  try {
    return JSON.parse(readFileSync(paths.clusterJson, 'utf8')) as ClusterState;
  } catch {
    return undefined;
  }
}

/** Written whole and renamed, so a reader never sees half a file. */
export function writeClusterState(paths: StatePaths, state: ClusterState): void {
  const temporary = `${paths.clusterJson}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, paths.clusterJson);
}

export function removeClusterState(paths: StatePaths): void {
  rmSync(paths.clusterJson, { force: true });
}

export const supervisorEntry = 'supervisor-main.ts';

/** The supervisor's argv ends with its config file, which names the state dir: another checkout's is not ours. */
export function isSupervisorCommand(paths: StatePaths): (argv: string[]) => boolean {
  return (argv) => argv.some((arg) => arg.endsWith(supervisorEntry)) && argv.at(-1) === paths.supervisorConfig;
}

export function isServiceCommand(record: ServiceRecord): (argv: string[]) => boolean {
  return (argv) => argv[0] === record.command;
}
