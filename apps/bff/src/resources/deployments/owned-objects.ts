// Which ReplicaSets and pods a Deployment owns: the Deployment controller's family, linked by ownerReferences.

interface Owner {
  metadata?: { uid?: string };
}
interface Owned {
  metadata?: { uid?: string; ownerReferences?: { uid: string }[] };
}

const ownedBy = (owner: Owner) => (object: Owned) =>
  owner.metadata?.uid !== undefined && (object.metadata?.ownerReferences ?? []).some((ref) => ref.uid === owner.metadata?.uid);

/** The ReplicaSets the Deployment controller made for this Deployment, and their pods. */
export function ownedObjects<R extends Owned, P extends Owned>(deployment: Owner, replicaSets: readonly R[], pods: readonly P[]): { replicaSets: R[]; pods: P[] } {
  const owned = replicaSets.filter(ownedBy(deployment));
  return { replicaSets: owned, pods: pods.filter((pod) => owned.some((rs) => ownedBy(rs)(pod))) };
}

/** `ownedObjects(d).pods` for every Deployment of a list, through one index of owner uids instead of a scan per row. */
export function podsByDeployment<P extends Owned>(replicaSets: readonly Owned[], pods: readonly P[]): (deployment: Owner) => P[] {
  const deploymentsOfReplicaSet = new Map<string, string[]>();
  for (const rs of replicaSets) {
    const uid = rs.metadata?.uid;
    if (uid !== undefined) deploymentsOfReplicaSet.set(uid, (rs.metadata?.ownerReferences ?? []).map((ref) => ref.uid));
  }
  const podsOfDeployment = new Map<string, P[]>();
  for (const pod of pods) {
    const owners = new Set((pod.metadata?.ownerReferences ?? []).flatMap((ref) => deploymentsOfReplicaSet.get(ref.uid) ?? []));
    for (const owner of owners) {
      const owned = podsOfDeployment.get(owner);
      if (owned === undefined) podsOfDeployment.set(owner, [pod]);
      else owned.push(pod);
    }
  }
  return (deployment) => podsOfDeployment.get(deployment.metadata?.uid ?? '') ?? [];
}
