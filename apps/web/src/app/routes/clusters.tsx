import { ClustersPage } from '../../features/clusters/components/clusters-page';
import { SessionGate } from '../shell/session-gate';

/** `/clusters`: its own chunk, so the first route (Workloads) carries none of it. */
export function Component() {
  return <SessionGate>{() => <ClustersPage />}</SessionGate>;
}
