// `down`: stop each supervisor by pid (further clusters first), make sure it and every child it recorded are gone.
import {
  type ClusterState,
  isServiceCommand,
  isSupervisorCommand,
  readClusterState,
  removeClusterState,
} from './cluster-state';
import { rmSync } from 'node:fs';
import { memberStatePaths, type StatePaths, statePaths } from './paths';
import { isOurs, signal, terminate, waitUntilGone } from './processes';

/** The supervisor gives each child 5 s before KILL, in order; this covers a slow stop of every one. */
const supervisorStopMs = 30_000;

/** Recorded children still running that really are ours (a pid may have been reused since). */
export function leftoverServicePids(state: ClusterState): number[] {
  return state.services.filter((record) => isOurs(record.pid, isServiceCommand(record))).map((record) => record.pid);
}

/** Every cluster of the set: cluster 2 and up run on cluster 1's etcd, so they stop before it. */
export async function stopCluster(paths: StatePaths = statePaths()): Promise<{ stopped: boolean }> {
  let stopped = false;
  for (const member of memberStatePaths(paths).reverse()) {
    stopped = (await stopSupervised(member)).stopped || stopped;
    // `env` reports only clusters that run.
    rmSync(member.envJson, { force: true });
  }
  return { stopped: (await stopSupervised(paths)).stopped || stopped };
}

/** One supervisor and what it started (one cluster of the set). */
export async function stopSupervised(paths: StatePaths): Promise<{ stopped: boolean }> {
  const state = readClusterState(paths);
  if (!state) return { stopped: false };
  const supervisorIsOurs = isOurs(state.supervisorPid, isSupervisorCommand(paths));
  if (supervisorIsOurs) {
    signal(state.supervisorPid, 'SIGTERM');
    const stillThere = await waitUntilGone([state.supervisorPid], supervisorStopMs);
    for (const pid of stillThere) signal(pid, 'SIGKILL');
  }
  // Children die with the supervisor (pdeathsig); anything left (a kill -9 mid-spawn) is stopped here.
  const leftovers = leftoverServicePids(state);
  await terminate(leftovers, 5000);
  const survivors = await waitUntilGone([...leftovers, ...(supervisorIsOurs ? [state.supervisorPid] : [])], 2000);
  if (survivors.length > 0) throw new Error(`processes still running after down: ${survivors.join(', ')}`);
  removeClusterState(paths);
  return { stopped: supervisorIsOurs || leftovers.length > 0 };
}
