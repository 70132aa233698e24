// The Registry v2 auth handshake: ping /v2/, then answer a Basic or Bearer challenge.
import { preferredChallenge, type AuthChallenge } from './challenge';
import { send, type CheckContext } from './check-context';
import { outcomeForStatus, registryErrorText, type RegistryFailure } from './outcome';

export interface RegistryCredentials {
  username: string;
  password: string;
}

export interface Authorized {
  /** The `Authorization` header to send next, when the registry asked for one and we can answer it. */
  authorization?: string;
  /** The challenge of the ping; absent when the registry allows anonymous access. */
  challenge?: AuthChallenge;
}

export function basicAuthorization(credentials: RegistryCredentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}

async function requestToken(
  context: CheckContext,
  challenge: AuthChallenge,
  scope: string | undefined,
): Promise<Authorized | RegistryFailure> {
  const realm = challenge.params.realm;
  if (!realm) return { kind: 'unexpected', message: 'bearer challenge without a realm' };
  let url: URL;
  try {
    url = new URL(realm, context.baseUrl);
  } catch {
    return { kind: 'unexpected', message: `bearer challenge with an invalid realm ${JSON.stringify(realm)}` };
  }
  if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
  if (scope) url.searchParams.set('scope', scope);
  const headers: Record<string, string> = {};
  if (context.credentials) headers.authorization = basicAuthorization(context.credentials);

  // The realm may be on another host (auth.docker.io); send() holds it to the same address policy as the registry.
  const response = await send(context, url, 'GET', headers);
  if (!response.ok) return outcomeForStatus(response.status, registryErrorText(response.body));
  let token: unknown;
  try {
    const parsed = JSON.parse(response.body) as { token?: unknown; access_token?: unknown };
    token = parsed.token ?? parsed.access_token;
  } catch {
    token = undefined;
  }
  if (typeof token !== 'string' || !token) {
    return {
      kind: 'unexpected',
      message: `token server ${url.origin} answered without a token`,
      status: response.status,
    };
  }
  context.secrets.add(token);
  return { authorization: `Bearer ${token}`, challenge };
}

/**
 * Pings `/v2/` and answers its challenge. `scope` is what a Bearer token is requested for
 * (e.g. `repository:janedoe/awesomeapp:pull`); `docker login` asks for none.
 */
export async function authorize(context: CheckContext, scope?: string): Promise<Authorized | RegistryFailure> {
  const ping = await send(context, new URL('/v2/', context.baseUrl));
  if (ping.ok) return {};
  if (ping.status !== 401) return outcomeForStatus(ping.status, registryErrorText(ping.body));
  const challenge = preferredChallenge(ping.header('www-authenticate') ?? null);
  // A 401 with no challenge we can answer is a refusal, not anonymous access.
  if (!challenge)
    return outcomeForStatus(401, 'authentication required, and the registry names no Basic or Bearer challenge');
  if (challenge.scheme === 'basic') {
    return context.credentials ? { authorization: basicAuthorization(context.credentials), challenge } : { challenge };
  }
  return requestToken(context, challenge, scope);
}

export function isFailure(value: Authorized | RegistryFailure): value is RegistryFailure {
  return 'kind' in value;
}
