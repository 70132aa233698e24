// "Are these credentials good for this registry?": what `docker login` does, without a repository.
import { authorize, drain, isFailure, type RegistryCredentials } from './handshake';
import { defaultTimeoutMs } from './manifest';
import { describeNetworkError } from './network-error';
import { outcomeForStatus, registryErrorText, type RegistryOutcome } from './outcome';
import { invalidRegistryAddress, registryBaseUrl, registryPingUrl } from './scheme';

export interface CheckCredentialsOptions {
  registry: string;
  credentials?: RegistryCredentials;
  timeoutMs?: number;
}

export async function checkCredentials(options: CheckCredentialsOptions): Promise<RegistryOutcome> {
  const ping = registryPingUrl(options.registry);
  if (ping === undefined) return invalidRegistryAddress(options.registry);
  const baseUrl = registryBaseUrl(options.registry);
  const signal = AbortSignal.timeout(options.timeoutMs ?? defaultTimeoutMs);
  try {
    const authorized = await authorize({ baseUrl, credentials: options.credentials, signal });
    if (isFailure(authorized)) return authorized;
    if (!authorized.challenge) return { kind: 'ok' };
    if (!authorized.authorization) return outcomeForStatus(401);
    // The registry itself must accept what we now present, as `docker login` checks.
    const response = await fetch(ping, { headers: { authorization: authorized.authorization }, signal });
    const body = await drain(response);
    if (response.ok) return { kind: 'ok' };
    return outcomeForStatus(response.status, registryErrorText(body));
  } catch (error) {
    return { kind: 'network', message: describeNetworkError(error, ping) };
  }
}
