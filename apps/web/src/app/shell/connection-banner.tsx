import { lazy, Suspense } from 'react';
import { useCurrentCluster } from '../../shared/api/current-cluster';
import { useClusterConnection } from '../../shared/api/use-cluster-reachable';

// Token mode with several clusters only, so it stays out of the first route's JS.
const ClusterSignIn = lazy(() =>
  import('../../features/clusters/components/cluster-sign-in').then((m) => ({ default: m.ClusterSignIn })),
);

/** Said within seconds of readyz failing; the lists below are then marked stale and writes are disabled. */
export function ConnectionBanner() {
  const { reachable, credentialProblem, signInNeeded } = useClusterConnection();
  const cluster = useCurrentCluster();
  if (reachable) return null;
  if (signInNeeded !== undefined)
    return (
      <div role="alert" className="banner banner-error">
        <p>{signInNeeded}</p>
        <Suspense fallback={null}>
          <ClusterSignIn cluster={cluster} />
        </Suspense>
      </div>
    );
  if (credentialProblem !== undefined) {
    return (
      <div role="alert" className="banner banner-error">
        <p>
          Berth has no credentials for the cluster. Lists show the last known state and changes are disabled until it
          has.
        </p>
        {/* The plugin's stderr keeps its lines: it often ends with the command to run ("aws sso login"). */}
        {credentialProblem.split('\n').map((line, index) => (
          <p key={index}>{line}</p>
        ))}
      </div>
    );
  }
  return (
    <div role="alert" className="banner banner-error">
      The Kubernetes API server is unreachable. Lists show the last known state and changes are disabled until it is
      back.
    </div>
  );
}
