import { workloadKinds, workloadResources, type WorkloadPlural } from '@berth/contracts';
import { Link } from 'react-router';
import { createPermissionOf, forbiddenReason, useNamespacePermissions } from '../../../shared/api/permissions';
import { kindSearch } from '../lib/workload-tab';
import { namespaceHref, useCurrentCluster } from '../../../shared/api/current-cluster';

/** Create Workload for the tab in view: it opens the form on that kind, and RBAC's create verb on that kind decides. */
export function CreateWorkloadButton({
  namespace,
  plural,
  reachable,
}: {
  namespace: string;
  plural: WorkloadPlural;
  reachable: boolean;
}) {
  const cluster = useCurrentCluster();
  const allowed = useNamespacePermissions(namespace)[createPermissionOf[plural]];
  const kind = workloadKinds.find((k) => workloadResources[k].plural === plural) ?? 'Deployment';
  return (
    <>
      {reachable && allowed ? (
        <Link
          className="button button-primary"
          to={`${namespaceHref(cluster, namespace)}/workloads/create${kindSearch(plural)}`}
        >
          Create Workload
        </Link>
      ) : (
        <button
          type="button"
          className="button button-primary"
          disabled
          aria-describedby={allowed ? undefined : 'create-workload-forbidden'}
        >
          Create Workload
        </button>
      )}
      {allowed ? null : (
        <span id="create-workload-forbidden" className="field-hint">
          {forbiddenReason(`${kind}s`, namespace)}
        </span>
      )}
    </>
  );
}
