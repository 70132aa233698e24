// The secret types the kubelet reads image-pull credentials from, with the data key and docker config format of each:
// one table for the BFF, the SPA and the node agent (OpenShift console keeps it once too, in create-secret/utils.ts).
import type { DockerConfigFormat } from './docker-config';

export interface PullSecretKind {
  /** The key in the secret's `data` that holds the docker config. */
  key: string;
  format: DockerConfigFormat;
}

export const pullSecretTypes = {
  'kubernetes.io/dockerconfigjson': { key: '.dockerconfigjson', format: 'dockerconfigjson' },
  'kubernetes.io/dockercfg': { key: '.dockercfg', format: 'dockercfg' },
} as const satisfies Record<string, PullSecretKind>;

export type PullSecretType = keyof typeof pullSecretTypes;

/** The type Berth writes, as `kubectl create secret docker-registry` does. */
export const dockerConfigJsonType = 'kubernetes.io/dockerconfigjson' satisfies PullSecretType;

/** True for the types the kubelet reads pull credentials from; Opaque, token and other secrets are not. */
export function isPullSecretType(type: string | undefined): type is PullSecretType {
  return type !== undefined && Object.hasOwn(pullSecretTypes, type);
}

/** Where a secret of `type` keeps its docker config, and in which format; undefined when it is no pull secret. */
export function pullSecretKind(type: string | undefined): PullSecretKind | undefined {
  return isPullSecretType(type) ? pullSecretTypes[type] : undefined;
}
