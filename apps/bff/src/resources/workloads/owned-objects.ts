// Which objects a StatefulSet, DaemonSet, Job or CronJob owns: its controller's ownerReferences, linked by uid (a pod
// names its StatefulSet, DaemonSet or Job; a Job its CronJob), the rule the Deployment's family follows too.

export interface Owner {
  metadata?: { uid?: string; name?: string };
}
export interface Owned {
  metadata?: {
    uid?: string;
    name?: string;
    ownerReferences?: { uid: string; kind?: string; name?: string; controller?: boolean }[];
  };
}

/** The objects of a list by the uid of each owner they name, so rows find theirs without a scan each. */
export function ownedBy<T extends Owned>(objects: readonly T[]): (owner: Owner) => T[] {
  const byOwner = new Map<string, T[]>();
  for (const object of objects) {
    for (const { uid } of object.metadata?.ownerReferences ?? []) {
      const owned = byOwner.get(uid);
      if (owned === undefined) byOwner.set(uid, [object]);
      else owned.push(object);
    }
  }
  return (owner) => byOwner.get(owner.metadata?.uid ?? '') ?? [];
}

/** The controller that owns an object, as its ownerReference names it (kind and name). */
export function controllerOf(object: Owned): { kind: string; name: string; uid: string } | undefined {
  const ref = (object.metadata?.ownerReferences ?? []).find((r) => r.controller === true);
  return ref?.kind && ref.name ? { kind: ref.kind, name: ref.name, uid: ref.uid } : undefined;
}

/**
 * The workload a pod belongs to, as the user made it: its controller, or for a ReplicaSet's pod the Deployment that
 * controls `replicaSet` (the ReplicaSet itself when it could not be read or no Deployment controls it).
 */
export function workloadOf(pod: Owned, replicaSet?: Owned): { kind: string; name: string; uid: string } | undefined {
  const owner = controllerOf(pod);
  if (owner?.kind !== 'ReplicaSet' || replicaSet === undefined) return owner;
  const deployment = controllerOf(replicaSet);
  return deployment?.kind === 'Deployment' ? deployment : owner;
}

/** A StatefulSet's pods in ordinal order (`web-2` before `web-10`), as its controller makes and numbers them. */
export function byOrdinal<T extends { name: string }>(pods: readonly T[]): T[] {
  const ordinal = (name: string) => Number(/-(\d+)$/.exec(name)?.[1] ?? Number.MAX_SAFE_INTEGER);
  return [...pods].sort((a, b) => ordinal(a.name) - ordinal(b.name) || a.name.localeCompare(b.name));
}
