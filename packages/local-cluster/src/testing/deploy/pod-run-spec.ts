// What the kubelet would give Berth's container, read from the Deployment the manifests build: its args, the
// service-account and session-keys mounts, and the in-cluster environment. The proofs run the image with exactly this,
// changing only the listen address (each replica is a process on this machine's loopback, not a pod IP).
import type { V1Deployment } from '@kubernetes/client-node';
import type { BuiltObject } from './kustomize-build';

/** Where the kubelet mounts a pod's service account. */
export const serviceAccountMountPath = '/var/run/secrets/kubernetes.io/serviceaccount';

export interface PodRunSpec {
  args: string[];
  env: Record<string, string>;
  binds: { source: string; target: string }[];
}

export interface PodRunInputs {
  port: number;
  /** The directory writeServiceAccountDir made. */
  serviceAccountDir: string;
  /** The session-keys file the Secret was generated from. */
  sessionKeysFile: string;
  /** `https://127.0.0.1:6443`: the API server the pod's KUBERNETES_SERVICE_HOST/PORT name. */
  apiServer: string;
  /** Flags a test adds (the proxy's public URL, registry ranges for loopback registries). */
  extraArgs?: readonly string[];
}

export function podRunSpec(built: readonly BuiltObject[], inputs: PodRunInputs): PodRunSpec {
  const deployment = built.find((o) => o.kind === 'Deployment') as V1Deployment | undefined;
  const pod = deployment?.spec?.template.spec;
  const container = pod?.containers[0];
  if (pod === undefined || container === undefined) throw new Error('the manifests build no Deployment container');
  const keysVolume = pod.volumes?.find((v) => v.secret?.secretName?.startsWith('berth-session-keys'));
  const keysMount = container.volumeMounts?.find((m) => m.name === keysVolume?.name);
  if (keysMount === undefined) throw new Error('the Deployment mounts no session-keys Secret');
  const api = new URL(inputs.apiServer);
  // A later flag wins in Berth's parser, but replacing keeps the command line as a person would read it.
  const listen = [`--host=127.0.0.1`, `--port=${inputs.port}`];
  const args = [
    ...(container.args ?? []).filter((arg) => !/^--(host|port)=/.test(arg)),
    ...listen,
    ...(inputs.extraArgs ?? []),
  ];
  return {
    args,
    env: {
      ...Object.fromEntries((container.env ?? []).map((e) => [e.name, e.value ?? ''])),
      KUBERNETES_SERVICE_HOST: api.hostname,
      KUBERNETES_SERVICE_PORT: api.port || '443',
    },
    binds: [
      { source: inputs.serviceAccountDir, target: serviceAccountMountPath },
      { source: inputs.sessionKeysFile, target: `${keysMount.mountPath}/session-keys` },
    ],
  };
}
