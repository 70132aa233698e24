import { ApiException } from '@kubernetes/client-node';
import type { CredentialProblemReason } from '@berth/contracts';

/**
 * The kubeconfig user's credential could not be had or was refused: its plugin failed, its token file cannot be read,
 * or the API server answered 401 to it. Its message holds the plugin's own words (stderr) and exit status, or names the
 * user; never what the plugin printed on stdout (the credential), never a token.
 */
export class CredentialError extends Error {
  override readonly name = 'CredentialError';
  constructor(
    readonly reason: CredentialProblemReason,
    message: string,
  ) {
    super(message);
  }
}

/** The API server's 401 to the kubeconfig's own user: only the person running Berth can fix it. */
export function credentialsRejected(user: string): CredentialError {
  return new CredentialError(
    'CredentialsRejected',
    `The Kubernetes API server rejected the credentials of user ${user || '(none)'} (401); fix the kubeconfig's credentials`,
  );
}

/** Why a call made with the kubeconfig's user got no answer because of that user's credentials, if that is why. */
export function kubeconfigCredentialProblem(error: unknown, user: string): CredentialError | undefined {
  if (error instanceof CredentialError) return error;
  if (error instanceof ApiException && error.code === 401) return credentialsRejected(user);
  return undefined;
}
