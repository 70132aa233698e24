import type { V1Deployment, V1Pod } from '@kubernetes/client-node';
import type { DeploymentSummary } from '@berth/contracts';
import { isoTime } from '../../kube/iso-time';
import type { ModelOrJson } from '../../kube/list-json';
import { consoleStatus, readyColumn } from './deployment-status';
import { deploymentRollout } from './rollout-progress';

/** A Deployment from client-node calls or from raw lists (`listJson`): the same fields, read the same way. */
type Deployment = ModelOrJson<V1Deployment>;

/** A Deployment as the workload list shows it, its console status decided by its pods. */
export function toDeploymentSummary(deployment: Deployment, pods: readonly ModelOrJson<V1Pod>[]): DeploymentSummary {
  const podSpec = deployment.spec?.template?.spec;
  return {
    name: deployment.metadata?.name ?? '',
    namespace: deployment.metadata?.namespace ?? '',
    ready: readyColumn(deployment),
    upToDate: deployment.status?.updatedReplicas ?? 0,
    available: deployment.status?.availableReplicas ?? 0,
    images: (podSpec?.containers ?? []).map((c) => c.image ?? ''),
    imagePullSecrets: (podSpec?.imagePullSecrets ?? []).map((s) => s.name ?? '').filter((n) => n !== ''),
    ...consoleStatus(deployment, pods),
    created: isoTime(deployment.metadata?.creationTimestamp),
    rollout: deploymentRollout(deployment),
  };
}
