// "Are these credentials good for this registry?": what `docker login` does, without a repository.
import { checkContext, failureOf, scrubOutcome, send, type CheckContext, type CheckOptions } from './check-context';
import { authorize, isFailure } from './handshake';
import { outcomeForStatus, registryErrorText, type RegistryOutcome } from './outcome';
import { invalidRegistryAddress, registryBaseUrl } from './scheme';

export interface CheckCredentialsOptions extends CheckOptions {
  /** `host[:port]` or `http(s)://host[:port]`: a registry address, never a URL with a path. */
  registry: string;
}

export async function checkCredentials(options: CheckCredentialsOptions): Promise<RegistryOutcome> {
  const baseUrl = registryBaseUrl(options.registry);
  if (baseUrl === undefined) return invalidRegistryAddress(options.registry);
  const context = checkContext(baseUrl, options);
  return scrubOutcome(await loginOutcome(context), context);
}

async function loginOutcome(context: CheckContext): Promise<RegistryOutcome> {
  const ping = new URL('/v2/', context.baseUrl);
  try {
    const authorized = await authorize(context);
    if (isFailure(authorized)) return authorized;
    if (!authorized.challenge) return { kind: 'ok' };
    if (!authorized.authorization) return outcomeForStatus(401);
    // The registry itself must accept what we now present, as `docker login` checks.
    const response = await send(context, ping, 'GET', { authorization: authorized.authorization });
    if (response.ok) return { kind: 'ok' };
    return outcomeForStatus(response.status, registryErrorText(response.body));
  } catch (error) {
    return failureOf(error, ping);
  }
}
