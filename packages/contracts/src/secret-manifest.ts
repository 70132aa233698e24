import { encodeBase64 } from './base64';
import { buildDockerConfig, type RegistryCredential } from './docker-config';
import { dockerConfigJsonType, pullSecretTypes, type PullSecretType } from './pull-secret-types';

/** The v1 Secret fields Berth writes (a plain type so the browser never needs @kubernetes/client-node). */
export interface DockerConfigSecretManifest {
  apiVersion: 'v1';
  kind: 'Secret';
  metadata: { name: string; namespace: string };
  type: PullSecretType;
  data: Record<string, string>;
}

export interface SecretManifestInput {
  name: string;
  namespace: string;
  registries: readonly RegistryCredential[];
  /** A legacy `kubernetes.io/dockercfg` secret keeps its type when edited: the API server refuses to change it. */
  type?: PullSecretType;
}

/** The same Secret `kubectl create secret docker-registry` creates, for one or more registries (or a legacy `.dockercfg`). */
export function toSecretManifest({
  name,
  namespace,
  registries,
  type = dockerConfigJsonType,
}: SecretManifestInput): DockerConfigSecretManifest {
  const { key, format } = pullSecretTypes[type];
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, namespace },
    type,
    data: { [key]: encodeBase64(buildDockerConfig(registries, format)) },
  };
}
