/** Why Berth has no credential for the kubeconfig's user; the message is for the person running Berth, as is. */
export type CredentialProblem = 'CredentialPluginFailed' | 'TokenFileUnreadable';

/**
 * The kubeconfig user's credential could not be had: its plugin failed or its token file cannot be read. Its message
 * holds the plugin's own words (stderr) and exit status, never what the plugin printed on stdout (the credential).
 */
export class CredentialError extends Error {
  override readonly name = 'CredentialError';
  constructor(
    readonly reason: CredentialProblem,
    message: string,
  ) {
    super(message);
  }
}
