/** A docker config `auths` key as the kubelet reads it (pkg/credentialprovider/keyring.go, BasicDockerKeyring.Add). */
export interface RegistryKey {
  /** `host[:port]` plus any path left after dropping a leading `/v1/` or `/v2/`: the keyring's index key. */
  key: string;
  /** `host[:port]` exactly as written (Go's url.Host keeps case and an explicit :443). */
  host: string;
  /** The path compared as a plain string prefix of the image path; '' when none. */
  path: string;
  /** The key was written with `http://` or `https://`. */
  hadScheme: boolean;
  /** The key was written with a `/v1/` or `/v2/` path. */
  hadApiVersionPath: boolean;
}

// Characters Go's url.Parse refuses in a host (it allows letters, digits and a few sub-delims, ':' for ports, '[' ']' for IPv6).
const validHost = /^[A-Za-z0-9\-._~!$&'()*+,;=:[\]%<>"]*$/;

/** Go's port rule: after a bracketed IPv6 host or the last ':', only digits. */
function hasValidPort(host: string): boolean {
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    return end !== -1 && /^(?::[0-9]*)?$/.test(host.slice(end + 1));
  }
  return /^[0-9]*$/.test(host.slice(host.lastIndexOf(':') + 1)) || !host.includes(':');
}

/** Split a schemeless-or-not URL like Go's url.Parse of `https://` + key: userinfo, query and fragment are dropped. */
function splitUrl(value: string): { host: string; path: string } | undefined {
  const withoutFragment = value.split('#')[0] ?? '';
  const withoutQuery = withoutFragment.split('?')[0] ?? '';
  const slash = withoutQuery.indexOf('/');
  const authority = slash === -1 ? withoutQuery : withoutQuery.slice(0, slash);
  const path = slash === -1 ? '' : withoutQuery.slice(slash);
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  return validHost.test(host) && hasValidPort(host) ? { host, path } : undefined;
}

// Go's url.Parse refuses control characters anywhere in a URL.
function hasControlCharacter(value: string): boolean {
  return Array.from(value).some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
}

/** Go's url.Parse of `https://` + value, as keyring.go's parseSchemelessUrl does: host and raw path, nothing dropped. */
export function parseSchemelessUrl(value: string): { host: string; path: string } | undefined {
  return hasControlCharacter(value) ? undefined : splitUrl(value);
}

/**
 * Normalise an `auths` key the way the kubelet indexes it: `https://` assumed, `/v1/` or `/v2/` dropped, `host[:port]` + path.
 * Returns undefined for a key the kubelet would ignore as an unparsable URL.
 */
export function parseRegistryKey(raw: string): RegistryKey | undefined {
  if (hasControlCharacter(raw)) return undefined;
  const hadScheme = raw.startsWith('https://') || raw.startsWith('http://');
  const parsed = splitUrl(hadScheme ? raw.slice(raw.indexOf('://') + 3) : raw);
  if (parsed === undefined) return undefined;
  const hadApiVersionPath = parsed.path.startsWith('/v1/') || parsed.path.startsWith('/v2/');
  const path = hadApiVersionPath ? parsed.path.slice(3) : parsed.path;
  const keyPath = path === '/' ? '' : path;
  return { key: parsed.host + keyPath, host: parsed.host, path: keyPath, hadScheme, hadApiVersionPath };
}

/** Split a `host[:port]` like Go's net.SplitHostPort, falling back to no port when it does not parse. */
export function splitHostPort(host: string): { hostname: string; port: string } {
  const bracketed = /^\[([^\]]*)\]:([^:]*)$/.exec(host);
  if (bracketed !== null) return { hostname: bracketed[1] ?? '', port: bracketed[2] ?? '' };
  // Go reports "missing port" for a bare [v6] host and the kubelet then keeps the brackets.
  if (host.startsWith('[')) return { hostname: host, port: '' };
  const parts = host.split(':');
  if (parts.length === 2) return { hostname: parts[0] ?? '', port: parts[1] ?? '' };
  return { hostname: host, port: '' };
}
