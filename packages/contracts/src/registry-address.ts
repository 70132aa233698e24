// A registry address as `docker login` takes it: a host with an optional port and scheme, never a URL with a path.

export interface RegistryAddress {
  /** Present when written; absent means the loopback rule picks http or https. */
  scheme?: 'http' | 'https';
  /** Lower-cased: a DNS name (the kubelet's `*` label globs allowed), an IPv4 address or a bracketed IPv6 address. */
  host: string;
  /** Digits, when written. */
  port?: string;
}

const label = '[a-z0-9*](?:[a-z0-9*-]{0,61}[a-z0-9*])?';
// Only the kubelet's dropped API paths may follow the host: Docker Hub's `https://index.docker.io/v1/` is the usual one.
const addressPattern = new RegExp(
  `^(?:(https?)://)?(${label}(?:\\.${label})*|\\[[0-9a-f:.]+\\])(?::([0-9]{1,5}))?(?:/|/v1/|/v2/)?$`,
  'i',
);

/** `host[:port]`, `http(s)://host[:port]` and a trailing `/`, `/v1/` or `/v2/`; undefined for anything else. */
export function parseRegistryAddress(value: string): RegistryAddress | undefined {
  if (value.length > 300) return undefined;
  const match = addressPattern.exec(value);
  if (match === null) return undefined;
  const [, scheme, host = '', port] = match;
  if (host.replace(/^\[|\]$/g, '').length > 253) return undefined;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return undefined;
  return {
    ...(scheme === undefined ? {} : { scheme: scheme.toLowerCase() === 'http' ? 'http' : 'https' }),
    host: host.toLowerCase(),
    ...(port === undefined ? {} : { port }),
  };
}

export function isRegistryAddress(value: string): boolean {
  return parseRegistryAddress(value) !== undefined;
}

const dockerHubHosts = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** Docker Hub by any of its names (its API answers on registry-1.docker.io); its catalog lists nothing. */
export function isDockerHubHost(host: string): boolean {
  return dockerHubHosts.has(host.toLowerCase());
}

/** 127.0.0.0/8, `localhost` and `[::1]`: where the container runtimes speak plain http. */
export function isLoopbackName(host: string): boolean {
  const name = host.toLowerCase();
  return name === 'localhost' || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name);
}

/**
 * One key per registry for counting failed logins: `localhost:5000`, `http://127.0.0.1:5000` and `127.0.0.1:5000/` are one.
 * The host is read the way a URL parser reads it (`2130706433` is 127.0.0.1), loopback names collapse to `localhost`,
 * and the port defaults by scheme. An address that does not parse is its own lower-cased key.
 */
export function registryAddressKey(value: string): string {
  const address = parseRegistryAddress(value.trim());
  if (address === undefined) return value.trim().toLowerCase();
  let host = address.host;
  try {
    host = new URL(`http://${address.host}`).hostname;
  } catch {
    // A glob such as `*.example.com` is no URL host; keep it as written.
  }
  const loopback = isLoopbackName(host) || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(host);
  const scheme = address.scheme ?? (loopback ? 'http' : 'https');
  const port = address.port ?? (scheme === 'http' ? '80' : '443');
  return `${loopback ? 'localhost' : host}:${String(Number(port))}`;
}
