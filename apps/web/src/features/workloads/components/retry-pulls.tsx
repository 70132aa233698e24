import { retryablePullReasons, type PodSummary, type WorkloadPlural } from '@berth/contracts';
import { useNamespacePermissions } from '../../../shared/api/permissions';
import { useClusterReachable } from '../../../shared/api/use-cluster-reachable';
import { useAnnounce } from '../../../shared/ui/announcer';
import { useRetryPulls } from '../api/retry-pulls';

/** The pods waiting to pull again: in ErrImagePull or back-off, in a container or an init container. */
export function podsFailingPulls(pods: readonly PodSummary[]): PodSummary[] {
  return pods.filter((pod) =>
    [...(pod.initContainers ?? []), ...pod.containers].some(
      (c) => c.state === 'waiting' && retryablePullReasons.has(c.reason ?? ''),
    ),
  );
}

interface RetryPullsProps {
  namespace: string;
  plural: WorkloadPlural;
  name: string;
  pods: readonly PodSummary[];
}

/**
 * "Retry now" where pods wait out the kubelet's pull back-off (10 s doubling to 5 min): after a fix, their
 * replacements pull at once. Hidden when no pod is failing a pull; disabled when RBAC refuses deleting pods.
 */
export function RetryPulls({ namespace, plural, name, pods }: RetryPullsProps) {
  const failing = podsFailingPulls(pods);
  const retry = useRetryPulls();
  const announce = useAnnounce();
  const reachable = useClusterReachable();
  const { deletePods } = useNamespacePermissions(namespace);
  if (failing.length === 0 && !retry.isSuccess) return null;
  const count = `${failing.length} pod${failing.length === 1 ? '' : 's'}`;
  return (
    <div className="inline-form" aria-label="Retry pulls" role="group">
      {failing.length > 0 ? (
        <>
          <span id="retry-pulls-note">
            {count} will try the pull again only after the back-off. Fixed the cause? Their replacements pull at once.
          </span>
          <button
            type="button"
            className="button"
            aria-describedby="retry-pulls-note"
            disabled={!reachable || !deletePods || retry.isPending}
            onClick={() =>
              retry.mutate(
                { namespace, plural, name },
                {
                  onSuccess: ({ deleted }) =>
                    announce(`Replaced ${deleted.length} pod${deleted.length === 1 ? '' : 's'}`),
                },
              )
            }
          >
            {retry.isPending ? 'Retrying…' : 'Retry now'}
          </button>
          {deletePods ? null : (
            <span className="field-hint">Your Kubernetes user may not delete pods in namespace {namespace}</span>
          )}
        </>
      ) : null}
      <span role="status">
        {retry.isSuccess && failing.length === 0 ? `Replaced ${retry.data.deleted.join(', ') || 'no pods'}` : null}
        {retry.isError ? `Could not retry: ${retry.error.message}` : null}
      </span>
    </div>
  );
}
