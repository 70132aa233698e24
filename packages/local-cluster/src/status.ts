// `status`: the supervisor and each service it started, whether it still runs, and where it listens.
import { isServiceCommand, isSupervisorCommand, readClusterState } from './cluster-state';
import path from 'node:path';
import { memberStatePaths, type StatePaths, statePaths } from './paths';
import { isOurs } from './processes';

export interface ServiceStatus {
  name: string;
  pid: number;
  alive: boolean;
  address?: string;
  exited?: string;
}

export interface ClusterStatus {
  running: boolean;
  /** Running, started completely, and every service it started still alive. */
  ready: boolean;
  /** Services that died after the start (reported in their logs too). */
  dead: string[];
  phase?: string;
  supervisorPid?: number;
  startedAt?: string;
  services: ServiceStatus[];
}

export function clusterStatus(paths: StatePaths = statePaths()): ClusterStatus {
  const state = readClusterState(paths);
  if (!state) return { running: false, ready: false, dead: [], services: [] };
  const running = isOurs(state.supervisorPid, isSupervisorCommand(paths));
  const services = state.services.map((record) => ({
    name: record.name,
    pid: record.pid,
    alive: isOurs(record.pid, isServiceCommand(record)),
    address: record.address,
    exited: record.exited ? `code ${String(record.exited.code)}, signal ${String(record.exited.signal)}` : undefined,
  }));
  const dead = services.filter((service) => !service.alive).map((service) => service.name);
  return {
    running,
    ready: running && state.ready && dead.length === 0,
    dead,
    phase: state.phase,
    supervisorPid: state.supervisorPid,
    startedAt: state.startedAt,
    services,
  };
}

export function formatStatus(status: ClusterStatus, label = 'local cluster'): string {
  if (status.supervisorPid === undefined) return `${label}: not running`;
  const state = !status.running
    ? 'supervisor not running'
    : status.ready
      ? 'ready'
      : status.dead.length > 0
        ? `degraded: ${status.dead.join(', ')} stopped (see their logs; \`up\` restarts the cluster)`
        : `starting (${status.phase ?? ''})`;
  const head = `${label}: ${state}` + ` (supervisor pid ${status.supervisorPid}, started ${status.startedAt ?? '?'})`;
  const rows = status.services.map((service) =>
    [
      service.name.padEnd(24),
      String(service.pid).padEnd(8),
      (service.alive ? 'alive' : `dead${service.exited ? ` (${service.exited})` : ''}`).padEnd(10),
      service.address ?? '',
    ].join(' '),
  );
  return [head, `${'SERVICE'.padEnd(24)} ${'PID'.padEnd(8)} ${'STATE'.padEnd(10)} ADDRESS`, ...rows].join('\n');
}

/** Cluster 1 and every further cluster with a recorded supervisor, each with the label `status` prints. */
export function clusterSetStatus(paths: StatePaths = statePaths()): { label: string; status: ClusterStatus }[] {
  const members = memberStatePaths(paths).map((member) => ({
    label: `local cluster ${path.basename(member.root)}`,
    status: clusterStatus(member),
  }));
  return [
    { label: 'local cluster', status: clusterStatus(paths) },
    ...members.filter((member) => member.status.supervisorPid !== undefined),
  ];
}
