import { encodeBase64 } from './base64';
import { buildDockerConfigJson, type RegistryCredential } from './docker-config';

/** The v1 Secret fields Berth writes (a plain type so the browser never needs @kubernetes/client-node). */
export interface DockerConfigSecretManifest {
  apiVersion: 'v1';
  kind: 'Secret';
  metadata: { name: string; namespace: string };
  type: 'kubernetes.io/dockerconfigjson';
  data: { '.dockerconfigjson': string };
}

export interface SecretManifestInput {
  name: string;
  namespace: string;
  registries: readonly RegistryCredential[];
}

/** The same Secret `kubectl create secret docker-registry` creates, for one or more registries. */
export function toSecretManifest({ name, namespace, registries }: SecretManifestInput): DockerConfigSecretManifest {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, namespace },
    type: 'kubernetes.io/dockerconfigjson',
    data: { '.dockerconfigjson': encodeBase64(buildDockerConfigJson(registries)) },
  };
}
