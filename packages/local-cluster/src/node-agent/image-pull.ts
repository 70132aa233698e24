// "Pulling" an image: the registry handshake for real, through the node's mirror, with each matching credential in turn.
import {
  InvalidDockerConfigError,
  matchPullSecrets,
  normalizeImageReference,
  parseImageReference,
} from '@berth/contracts';
import { checkManifest, type CheckManifestOptions, type RegistryOutcome } from '@berth/registry';
import type { SecretReadout } from './pull-credentials';
import { failedToPullMessage, runtimePullError } from './pull-messages';
import { registryEndpoint, type RegistryMirrors } from './registry-mirror';

export type ImagePullResult =
  | { kind: 'pulled'; normalised: string; imageID: string; durationMs: number }
  | { kind: 'failed'; normalised: string; message: string };

export interface ImagePullOptions {
  mirrors: RegistryMirrors;
  check?: (options: CheckManifestOptions) => Promise<RegistryOutcome>;
  /** Called with the key of each credential tried (`undefined` = anonymous), for the log. */
  onAttempt?: (attempt: {
    endpoint: string;
    secret?: string;
    credentialKey?: string;
    outcome: RegistryOutcome['kind'];
  }) => void;
}

/** `image` is the container's image as written in the pod spec; it must parse (callers check first). */
export async function pullImage(
  image: string,
  secrets: SecretReadout,
  options: ImagePullOptions,
): Promise<ImagePullResult> {
  const started = performance.now();
  const check = options.check ?? checkManifest;
  const reference = parseImageReference(image);
  const normalised = normalizeImageReference(image);
  const endpoint = registryEndpoint(reference.registry, options.mirrors);
  if (secrets.error) return { kind: 'failed', normalised, message: failedToPullMessage(image, [secrets.error]) };
  let credentials;
  try {
    // Credentials belong to the image's registry, even when the node pulls through a mirror; none is an anonymous pull.
    credentials = matchPullSecrets(normalised, secrets.secrets);
  } catch (error) {
    if (!(error instanceof InvalidDockerConfigError)) throw error;
    return { kind: 'failed', normalised, message: failedToPullMessage(image, [error.message]) };
  }
  const attempts = credentials.length > 0 ? credentials : [undefined];
  const errors: string[] = [];
  for (const credential of attempts) {
    const outcome = await check({
      registry: endpoint,
      repository: reference.repository,
      reference: reference.digest ?? reference.tag ?? 'latest',
      ...(credential ? { credentials: { username: credential.username, password: credential.password } } : {}),
    });
    options.onAttempt?.({
      endpoint,
      secret: credential?.secretName,
      credentialKey: credential?.key,
      outcome: outcome.kind,
    });
    if (outcome.kind === 'ok') {
      const digest = outcome.digest ?? reference.digest;
      // The runtime names an image by its repository digest, under the image's own registry (not the mirror).
      const imageID = digest ? `${reference.registry}/${reference.repository}@${digest}` : normalised;
      return { kind: 'pulled', normalised, imageID, durationMs: performance.now() - started };
    }
    errors.push(runtimePullError(normalised, outcome.message));
  }
  return { kind: 'failed', normalised, message: failedToPullMessage(image, errors) };
}
