// Which ReplicaSets and pods a Deployment owns: the Deployment controller's family, linked by ownerReferences' uids
// (a ReplicaSet names its Deployment, a pod its ReplicaSet), the one rule every reader here follows.

interface Owner {
  metadata?: { uid?: string };
}
interface Owned {
  metadata?: { uid?: string; ownerReferences?: { uid: string }[] };
}

const ownerUids = (object: Owned): string[] => (object.metadata?.ownerReferences ?? []).map((ref) => ref.uid);

/** The pods of every Deployment of a list, through one index of owner uids instead of a scan per row. */
export function podsByDeployment<P extends Owned>(
  replicaSets: readonly Owned[],
  pods: readonly P[],
): (deployment: Owner) => P[] {
  const deploymentsOfReplicaSet = new Map<string, string[]>();
  for (const rs of replicaSets) {
    const uid = rs.metadata?.uid;
    if (uid !== undefined) deploymentsOfReplicaSet.set(uid, ownerUids(rs));
  }
  const podsOfDeployment = new Map<string, P[]>();
  for (const pod of pods) {
    const owners = new Set(ownerUids(pod).flatMap((uid) => deploymentsOfReplicaSet.get(uid) ?? []));
    for (const owner of owners) {
      const owned = podsOfDeployment.get(owner);
      if (owned === undefined) podsOfDeployment.set(owner, [pod]);
      else owned.push(pod);
    }
  }
  return (deployment) => podsOfDeployment.get(deployment.metadata?.uid ?? '') ?? [];
}

/** The ReplicaSets the Deployment controller made for this Deployment, and their pods. */
export function ownedObjects<R extends Owned, P extends Owned>(
  deployment: Owner,
  replicaSets: readonly R[],
  pods: readonly P[],
): { replicaSets: R[]; pods: P[] } {
  const uid = deployment.metadata?.uid;
  const owned = replicaSets.filter((rs) => uid !== undefined && ownerUids(rs).includes(uid));
  return { replicaSets: owned, pods: podsByDeployment(owned, pods)(deployment) };
}

/** The Deployment among `deployments` that owns the pod through its ReplicaSet, if one does. */
export function owningDeployment<D extends Owner>(
  pod: Owned,
  replicaSets: readonly Owned[],
  deployments: readonly D[],
): D | undefined {
  const podsOf = podsByDeployment(replicaSets, [pod]);
  return deployments.find((deployment) => podsOf(deployment).length > 0);
}
