// What `kubectl rollout undo --to-revision=N` sends (polymorphichelpers/rollback.go, unchanged from 1.20 to today), as a
// plan: a patch to send, or kubectl's "skipped rollback" when the workload already runs that revision.
import { HttpError } from '../../http/errors';
import {
  controlledBy,
  type ControllerRevision,
  matchesRevision,
  replicaSetRevision,
  revisionAnnotation,
  type ReplicaSet,
  type RolloutWorkload,
} from './history';
import { equalIgnoreHash, withoutHashLabel } from './template-equality';

export type RollbackPlan =
  | { skipped: string }
  | { patch: unknown; contentType: 'application/json-patch+json' | 'application/strategic-merge-patch+json' };

/** A Deployment's own annotations that an undo keeps, rather than copying the ReplicaSet's (annotationsToSkip). */
const keptAnnotations = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  revisionAnnotation,
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
]);

/** kubectl's errors, on the field the request named. */
const revisionError = (message: string) => new HttpError(422, 'Invalid', message, [{ path: 'revision', message }]);
const notFound = (revision: number) => revisionError(`unable to find specified revision ${revision} in history`);
const skipped = (revision: number) => ({
  skipped: `skipped rollback (current template already matches revision ${revision})`,
});

/** deploymentRevision: the ReplicaSet of `toRevision`, or for 0 the second newest one. */
function replicaSetFor(name: string, owned: readonly ReplicaSet[], toRevision: number): ReplicaSet {
  if (toRevision > 0) {
    const found = owned.find((rs) => replicaSetRevision(rs) === toRevision);
    if (found === undefined) throw notFound(toRevision);
    return found;
  }
  const numbered = owned.filter((rs) => replicaSetRevision(rs) !== undefined);
  const newest = [...numbered].sort((a, b) => (replicaSetRevision(b) ?? 0) - (replicaSetRevision(a) ?? 0));
  const previous = newest[1];
  if (previous === undefined) throw revisionError(`no rollout history found for deployment "${name}"`);
  return previous;
}

/** A JSON patch replacing the pod template with the ReplicaSet's (hash label dropped) and the annotations kubectl computes. */
export function deploymentRollback(
  deployment: RolloutWorkload,
  replicaSets: readonly ReplicaSet[],
  toRevision: number,
): RollbackPlan {
  const name = deployment.metadata?.name ?? '';
  const target = replicaSetFor(name, controlledBy(replicaSets, deployment), toRevision);
  if (deployment.spec?.paused === true)
    throw new HttpError(
      409,
      'Conflict',
      `you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume deployment/${name}' and try again`,
    );
  const template = target.spec?.template;
  if (equalIgnoreHash(template, deployment.spec?.template)) return skipped(toRevision);
  const annotations: Record<string, string> = {};
  for (const [key, value] of Object.entries(deployment.metadata?.annotations ?? {}))
    if (keptAnnotations.has(key)) annotations[key] = value;
  for (const [key, value] of Object.entries(target.metadata?.annotations ?? {}))
    if (!keptAnnotations.has(key)) annotations[key] = value;
  const patch = [
    { op: 'replace', path: '/spec/template', value: template === undefined ? template : withoutHashLabel(template) },
    { op: 'replace', path: '/metadata/annotations', value: annotations },
  ];
  return { patch, contentType: 'application/json-patch+json' };
}

/** findHistory: the revision asked for, or for 0 the second highest. */
function historyFor(history: readonly ControllerRevision[], toRevision: number): ControllerRevision {
  if (toRevision === 0 && history.length <= 1) throw revisionError('no last revision to roll back to');
  const found =
    toRevision === 0
      ? [...history].sort((a, b) => a.revision - b.revision)[history.length - 2]
      : history.find((h) => h.revision === toRevision);
  if (found === undefined) throw notFound(toRevision);
  return found;
}

/** A StatefulSet's or DaemonSet's undo: the revision's own data, sent as a strategic merge patch. */
export function controllerRevisionRollback(
  workload: RolloutWorkload,
  revisions: readonly ControllerRevision[],
  toRevision: number,
): RollbackPlan {
  const target = historyFor(controlledBy(revisions, workload), toRevision);
  if (matchesRevision(workload, target)) return skipped(toRevision);
  return { patch: target.data, contentType: 'application/strategic-merge-patch+json' };
}
