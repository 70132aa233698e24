// `down`: stop the supervisor by pid, make sure it and every child it recorded are gone, forget the cluster.
import {
  type ClusterState,
  isServiceCommand,
  isSupervisorCommand,
  readClusterState,
  removeClusterState,
} from './cluster-state';
import { type StatePaths, statePaths } from './paths';
import { isOurs, signal, terminate, waitUntilGone } from './processes';

/** The supervisor gives each child 5 s before KILL, in order; this covers a slow stop of every one. */
const supervisorStopMs = 30_000;

/** Recorded children still running that really are ours (a pid may have been reused since). */
export function leftoverServicePids(state: ClusterState): number[] {
  return state.services.filter((record) => isOurs(record.pid, isServiceCommand(record))).map((record) => record.pid);
}

export async function stopCluster(paths: StatePaths = statePaths()): Promise<{ stopped: boolean }> {
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
