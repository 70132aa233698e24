import type { RevisionContainer, WorkloadRevision } from '@berth/contracts';

/** One line of what a rollback changes: `app: registry/app:2 → registry/app:1`, or the credentials. */
export interface RevisionChange {
  what: string;
  from: string;
  to: string;
}

const none = '(none)';

function containerChanges(label: string, from: readonly RevisionContainer[], to: readonly RevisionContainer[]) {
  const names = [...new Set([...from.map((c) => c.name), ...to.map((c) => c.name)])];
  return names.flatMap((name): RevisionChange[] => {
    const before = from.find((c) => c.name === name)?.image ?? none;
    const after = to.find((c) => c.name === name)?.image ?? none;
    return before === after ? [] : [{ what: `${label}${name}`, from: before, to: after }];
  });
}

/** What rolling back from `current` to `target` changes in images and credentials (nothing: the template only). */
export function revisionChanges(current: WorkloadRevision | undefined, target: WorkloadRevision): RevisionChange[] {
  const changes = [
    ...containerChanges('', current?.containers ?? [], target.containers),
    ...containerChanges('init container ', current?.initContainers ?? [], target.initContainers),
  ];
  const from = current?.imagePullSecrets.join(', ') || none;
  const to = target.imagePullSecrets.join(', ') || none;
  if (from !== to) changes.push({ what: 'Image Access Credential', from, to });
  return changes;
}
