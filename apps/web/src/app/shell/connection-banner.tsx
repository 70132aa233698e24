import { useClusterConnection } from '../../shared/api/use-cluster-reachable';

/** Said within seconds of readyz failing; the lists below are then marked stale and writes are disabled. */
export function ConnectionBanner() {
  const { reachable, credentialProblem } = useClusterConnection();
  if (reachable) return null;
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
