// The container runtimes' convention: plain http for loopback registries, https for everything else.
import { isLoopbackName, parseRegistryAddress } from '@berth/contracts';

export function isLoopbackHost(host: string): boolean {
  return isLoopbackName(host);
}

/**
 * `http(s)://host[:port]` of a registry address; a written scheme is kept, else the loopback rule picks one. Undefined for
 * anything but a registry address: a path, query, fragment or user-info never reaches a request (paths are built here).
 */
export function registryBaseUrl(registry: string): string | undefined {
  const address = parseRegistryAddress(registry.trim());
  if (address === undefined) return undefined;
  const scheme = address.scheme ?? (isLoopbackName(address.host) ? 'http' : 'https');
  try {
    return new URL(`${scheme}://${address.host}${address.port === undefined ? '' : `:${address.port}`}`).origin;
  } catch {
    return undefined;
  }
}

export function invalidRegistryAddress(registry: string): { kind: 'unexpected'; message: string } {
  return { kind: 'unexpected', message: `${JSON.stringify(registry)} is not a registry address (host[:port])` };
}
