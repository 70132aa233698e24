// The container runtimes' convention: plain http for loopback registries, https for everything else.

/** `host[:port]` without any path; `[::1]:5000` keeps its brackets. */
function hostOf(registry: string): string {
  const authority = registry.split('/')[0] ?? '';
  if (authority.startsWith('[')) return authority.slice(0, authority.indexOf(']') + 1);
  return authority.split(':')[0] ?? '';
}

export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase();
  return name === 'localhost' || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name);
}

/** `host[:port]` gets a scheme by the loopback rule; a full `http(s)://` URL is kept as given. */
export function registryBaseUrl(registry: string): string {
  const trimmed = registry.trim().replace(/\/+$/, '');
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  return `${isLoopbackHost(hostOf(trimmed)) ? 'http' : 'https'}://${trimmed}`;
}

/** The registry's `/v2/` endpoint, or undefined when the address cannot be a URL at all (`Bad Host`). */
export function registryPingUrl(registry: string): URL | undefined {
  try {
    return new URL(`${registryBaseUrl(registry)}/v2/`);
  } catch {
    return undefined;
  }
}

export function invalidRegistryAddress(registry: string): { kind: 'unexpected'; message: string } {
  return { kind: 'unexpected', message: `${JSON.stringify(registry)} is not a registry address (host[:port])` };
}
