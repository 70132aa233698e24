// The kubelet's and containerd's words for pulls, so `kubectl describe pod` reads as on a real node.

export const pullingMessage = (image: string): string => `Pulling image "${image}"`;

export const pulledMessage = (image: string, durationMs: number): string =>
  `Successfully pulled image "${image}" in ${Math.round(durationMs)}ms`;

export const alreadyPresentMessage = (image: string): string => `Container image "${image}" already present on machine`;

export const neverPullMessage = (image: string): string =>
  `Container image "${image}" is not present with pull policy of Never`;

export const backOffMessage = (image: string): string => `Back-off pulling image "${image}"`;

export const createdMessage = (container: string): string => `Created container ${container}`;

export const startedMessage = (container: string): string => `Started container ${container}`;

/** The Failed event after a failed start names the waiting reason, e.g. `Error: ErrImagePull`. */
export const errorReasonMessage = (reason: string): string => `Error: ${reason}`;

export const missingSecretsMessage = (names: readonly string[]): string =>
  `Unable to retrieve some image pull secrets (${names.join(', ')}); attempting to pull the image may not succeed.`;

export const invalidImageMessage = (image: string, reason: string): string =>
  `Failed to apply default image tag "${image}": couldn't parse image reference "${image}": ${reason}`;

/**
 * containerd's error for one failed attempt: `failed to pull and unpack image "N": failed to resolve reference "N": <registry's answer>`.
 * `normalised` is the full reference, e.g. `docker.io/library/nginx:latest`.
 */
export function runtimePullError(normalised: string, registryAnswer: string): string {
  return (
    `rpc error: code = Unknown desc = failed to pull and unpack image "${normalised}": ` +
    `failed to resolve reference "${normalised}": ${registryAnswer}`
  );
}

/** What the pod shows and the Failed event says; several refused credentials read like the kubelet's aggregate error. */
export function failedToPullMessage(image: string, attemptErrors: readonly string[]): string {
  const errors = attemptErrors.length === 1 ? (attemptErrors[0] ?? '') : `[${attemptErrors.join(', ')}]`;
  return `Failed to pull image "${image}": ${errors}`;
}

/** The kubelet's event while a container that exited waits out its crash back-off. */
export const restartBackOffMessage = 'Back-off restarting failed container';
