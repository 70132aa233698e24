// The kubelet sets up a pod's volumes before it pulls or starts anything: a Secret or ConfigMap a volume names, and
// that is not optional, must exist, or the pod stays ContainerCreating with a FailedMount event and is retried.
import type { CoreV1Api, V1Pod } from '@kubernetes/client-node';

export interface VolumeObject {
  volume: string;
  kind: 'secret' | 'configmap';
  name: string;
}

/** The Secrets and ConfigMaps the pod's volumes need (directly or projected), leaving out the optional ones. */
export function requiredVolumeObjects(pod: V1Pod): VolumeObject[] {
  const needed: VolumeObject[] = [];
  for (const volume of pod.spec?.volumes ?? []) {
    const add = (kind: VolumeObject['kind'], source: { name?: string; optional?: boolean } | undefined) => {
      if (source?.optional !== true && source?.name) needed.push({ volume: volume.name, kind, name: source.name });
    };
    if (volume.secret) add('secret', { name: volume.secret.secretName, optional: volume.secret.optional });
    add('configmap', volume.configMap);
    for (const projected of volume.projected?.sources ?? []) {
      add('secret', projected.secret);
      add('configmap', projected.configMap);
    }
  }
  return needed;
}

/** The kubelet's words for a volume it could not set up. */
export function failedMountMessage(missing: VolumeObject): string {
  return `MountVolume.SetUp failed for volume "${missing.volume}" : ${missing.kind} "${missing.name}" not found`;
}

/** The volume objects that cannot be read now (absent, or the read failed): the kubelet retries both alike. */
export async function missingVolumeObjects(core: CoreV1Api, pod: V1Pod): Promise<VolumeObject[]> {
  const namespace = pod.metadata?.namespace ?? 'default';
  const missing: VolumeObject[] = [];
  for (const object of requiredVolumeObjects(pod)) {
    const read =
      object.kind === 'secret'
        ? core.readNamespacedSecret({ name: object.name, namespace })
        : core.readNamespacedConfigMap({ name: object.name, namespace });
    try {
      await read;
    } catch {
      missing.push(object);
    }
  }
  return missing;
}
