// The strategic merge patches `kubectl rollout restart|pause|resume` send (polymorphichelpers/objectrestarter.go,
// objectpauser.go, objectresumer.go, diffed by set.CalculatePatches), with kubectl's refusals.
import type { RolloutKind } from '@berth/contracts';
import { HttpError } from '../../http/errors';
import type { RolloutWorkload } from './history';

export const restartedAtAnnotation = 'kubectl.kubernetes.io/restartedAt';

const two = (n: number) => String(n).padStart(2, '0');

/** Go's `time.Now().Format(time.RFC3339)`: local time to the second, `Z` for UTC, else the offset as ±hh:mm. */
export function rfc3339(time: Date): string {
  const offset = -time.getTimezoneOffset();
  const zone =
    offset === 0
      ? 'Z'
      : `${offset > 0 ? '+' : '-'}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
  const date = `${time.getFullYear()}-${two(time.getMonth() + 1)}-${two(time.getDate())}`;
  return `${date}T${two(time.getHours())}:${two(time.getMinutes())}:${two(time.getSeconds())}${zone}`;
}

const resourceOf: Record<RolloutKind, string> = {
  Deployment: 'deployments.apps',
  StatefulSet: 'statefulsets.apps',
  DaemonSet: 'daemonsets.apps',
};

/** kubectl's `error: deployments.apps "web" is already paused`, as a 409 (the workload's state refuses it). */
const refused = (kind: RolloutKind, workload: RolloutWorkload, problem: string) =>
  new HttpError(409, 'Conflict', `${resourceOf[kind]} "${workload.metadata?.name ?? ''}" ${problem}`);

export function restartPatch(kind: RolloutKind, workload: RolloutWorkload, now: Date): object {
  if (kind === 'Deployment' && workload.spec?.paused === true)
    throw refused(kind, workload, "can't restart paused deployment (run rollout resume first)");
  const restartedAt = rfc3339(now);
  // The same second's restart makes an empty patch, which kubectl (1.23+) refuses rather than sends.
  if (workload.spec?.template?.metadata?.annotations?.[restartedAtAnnotation] === restartedAt)
    throw new HttpError(
      409,
      'Conflict',
      `failed to create patch for ${workload.metadata?.name ?? ''}: if restart has already been triggered within the past second, please wait before attempting to trigger another`,
    );
  return { spec: { template: { metadata: { annotations: { [restartedAtAnnotation]: restartedAt } } } } };
}

export function pausePatch(workload: RolloutWorkload): object {
  if (workload.spec?.paused === true) throw refused('Deployment', workload, 'is already paused');
  return { spec: { paused: true } };
}

/** `paused: false` is omitted from the JSON, so kubectl's two-way diff removes the field. */
export function resumePatch(workload: RolloutWorkload): object {
  if (workload.spec?.paused !== true) throw refused('Deployment', workload, 'is not paused');
  return { spec: { paused: null } };
}
