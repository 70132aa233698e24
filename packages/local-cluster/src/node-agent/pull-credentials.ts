// The pod's image-pull secrets as the kubelet reads them: each usable one's `auths`, in the pod's order (matchPullSecrets picks from them).
import {
  InvalidDockerConfigError,
  parseDockerConfigJson,
  pullSecretKind,
  toAuths,
  type PullSecretAuths,
} from '@berth/contracts';
import type { V1Secret } from '@kubernetes/client-node';

export interface SecretReadout {
  /** The `auths` of each usable secret, in the pod's imagePullSecrets order. */
  secrets: PullSecretAuths[];
  /** Problems with the secrets' content (no values), for the log. */
  warnings: string[];
  /** A docker config the kubelet cannot read fails the pull (MakeDockerKeyring returns the error). */
  error?: string;
}

/** Parses the secrets the kubelet reads (dockerconfigjson and legacy dockercfg types); other secrets are ignored. */
export function readPullSecrets(secrets: readonly V1Secret[]): SecretReadout {
  const readout: SecretReadout = { secrets: [], warnings: [] };
  for (const secret of secrets) {
    const kind = pullSecretKind(secret.type);
    const data = kind ? secret.data?.[kind.key] : undefined;
    if (!kind || !data) continue;
    const name = secret.metadata?.name ?? '';
    try {
      const parsed = parseDockerConfigJson(Buffer.from(data, 'base64').toString('utf8'), { format: kind.format });
      readout.warnings.push(...parsed.warnings.map((w) => `secret ${name}: ${w}`));
      readout.secrets.push({ name, auths: toAuths(parsed.entries) });
    } catch (error) {
      if (!(error instanceof InvalidDockerConfigError)) throw error;
      readout.error ??= `secret ${name}: ${error.message}`;
    }
  }
  return readout;
}
