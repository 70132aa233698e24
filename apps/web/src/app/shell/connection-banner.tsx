import { useClusterReachable } from '../../shared/api/use-cluster-reachable';

/** Said within seconds of readyz failing; the lists below are then marked stale and writes are disabled. */
export function ConnectionBanner() {
  const reachable = useClusterReachable();
  if (reachable) return null;
  return (
    <div role="alert" className="banner banner-error">
      The Kubernetes API server is unreachable. Lists show the last known state and changes are disabled until it is
      back.
    </div>
  );
}
