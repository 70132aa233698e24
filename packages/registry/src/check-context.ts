// One registry check: its deadline, its address policy, and the credential values nothing it returns may carry.
import { defaultAddressPolicy, type AddressPolicy } from './address-policy';
import type { RegistryCredentials } from './handshake';
import { describeNetworkError } from './network-error';
import type { RegistryFailure, RegistryOutcome } from './outcome';
import { AddressRefusedError, registryRequest, TooManyRedirectsError, type RegistryResponse } from './registry-http';
import { scrubRegistryText } from './scrub';

export interface CheckOptions {
  credentials?: RegistryCredentials;
  timeoutMs?: number;
  /** Where requests may go; the default refuses only link-local, metadata and other never-registry addresses. */
  policy?: AddressPolicy;
}

export interface CheckContext {
  /** `http(s)://host[:port]`, from `registryBaseUrl`. */
  baseUrl: string;
  credentials?: RegistryCredentials;
  signal: AbortSignal;
  policy: AddressPolicy;
  /** The password, `user:password` and every token received: scrubbed from whatever the check answers. */
  secrets: Set<string>;
}

export const defaultTimeoutMs = 10_000;

export function checkContext(baseUrl: string, options: CheckOptions): CheckContext {
  const { credentials } = options;
  return {
    baseUrl,
    ...(credentials ? { credentials } : {}),
    signal: AbortSignal.timeout(options.timeoutMs ?? defaultTimeoutMs),
    policy: options.policy ?? defaultAddressPolicy,
    secrets: new Set(credentials ? [credentials.password, `${credentials.username}:${credentials.password}`] : []),
  };
}

export function send(
  context: CheckContext,
  url: URL,
  method: 'GET' | 'HEAD' = 'GET',
  headers: Record<string, string> = {},
  maxBodyBytes?: number,
): Promise<RegistryResponse> {
  return registryRequest(url, {
    method,
    headers,
    signal: context.signal,
    policy: context.policy,
    ...(maxBodyBytes === undefined ? {} : { maxBodyBytes }),
  });
}

/** A request that did not get an answer: refused by the policy, too many redirects, or the network's own failure. */
export function failureOf(error: unknown, url: URL): RegistryFailure {
  if (error instanceof AddressRefusedError)
    return { kind: 'blocked', message: `registry address policy: ${error.message}` };
  if (error instanceof TooManyRedirectsError) return { kind: 'unexpected', message: error.message };
  return { kind: 'network', message: describeNetworkError(error, url) };
}

/** The one way out of a check: whatever a registry or token server said, with every credential value in play masked. */
export function scrubOutcome(outcome: RegistryOutcome, context: CheckContext): RegistryOutcome {
  if (outcome.kind === 'ok') return outcome;
  return { ...outcome, message: scrubRegistryText(outcome.message, context.secrets) };
}
