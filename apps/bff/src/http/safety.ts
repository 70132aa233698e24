import { isIPv6 } from 'node:net';
import type { Request, RequestHandler } from 'express';
import { HttpError } from './errors';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The methods that change something, which every CSRF defence guards. */
export const isUnsafeMethod = (method: string): boolean => unsafeMethods.has(method);

const defaultPorts: Record<string, number> = { http: 80, https: 443 };

/** A Host header's parts: the hostname (lowercase, IPv6 without brackets) and the port it names, if any. */
export interface HostAuthority {
  hostname: string;
  port?: number;
}

// RFC 7230's Host: a bracketed IPv6 address or a name of letters, digits, dots and hyphens, then `:port` of digits only.
const hostAuthority = /^(?:\[([0-9a-f:.]+)\]|([a-z0-9.-]+))(?::([0-9]{1,5}))?$/i;

/** Parse a Host header as an authority; undefined for anything else (userinfo `@`, paths, spaces, empty ports). */
export function parseHost(host: string | undefined): HostAuthority | undefined {
  // Express types req.host as a string, yet it is undefined when a request names no host at all.
  const match = hostAuthority.exec(host ?? '');
  if (match === null) return undefined;
  const [, ipv6, name, port] = match;
  if (ipv6 !== undefined && !isIPv6(ipv6)) return undefined;
  const portNumber = port === undefined ? undefined : Number(port);
  if (portNumber !== undefined && portNumber > 65535) return undefined;
  return { hostname: (ipv6 ?? name ?? '').toLowerCase(), ...(portNumber === undefined ? {} : { port: portNumber }) };
}

const bareName = (name: string) => name.replace(/^\[(.*)\]$/, '$1').toLowerCase();

/**
 * Answer only to the names we serve, so a rebinding DNS name cannot reach the API from another site. Express's req.host
 * is the Host header, or X-Forwarded-Host from a trusted proxy: the name the browser used either way.
 */
export function requireServedHost(servedNames: readonly string[]): RequestHandler {
  const allowed = new Set(servedNames.map(bareName));
  return (req, _res, next) => {
    const host = parseHost(req.host);
    if (host === undefined || !allowed.has(host.hostname)) {
      throw new HttpError(403, 'Forbidden', 'This host name is not served by Berth');
    }
    next();
  };
}

/** The origin users see (`--public-url`): accepted whatever Host the proxy sends, and the only one for its own host. */
export interface PublicOrigin {
  origin: string;
  hostname: string;
}

/**
 * True when the Origin header is this request's own origin: the scheme it came over (an `http://` page may not
 * drive the https server), the Host's name and the same port, defaults filled in (scheme and host as a trusted proxy
 * forwarded them). Or a trusted origin: the Vite dev server, the public URL's.
 */
function isSameOrigin(origin: string, req: Request, extra: ReadonlySet<string>, publicUrl?: PublicOrigin): boolean {
  if (extra.has(origin) || origin === publicUrl?.origin) return true;
  const host = parseHost(req.host);
  // TLS may end at the proxy, so this hop's scheme says nothing: for the public host only the public origin is its own.
  if (host === undefined) return false;
  if (publicUrl !== undefined && host.hostname === bareName(publicUrl.hostname)) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const scheme = req.protocol;
  const defaultPort = defaultPorts[scheme];
  return (
    url.origin === origin &&
    url.protocol === `${scheme}:` &&
    bareName(url.hostname) === host.hostname &&
    (url.port === '' ? defaultPort : Number(url.port)) === (host.port ?? defaultPort)
  );
}

/**
 * Cross-site requests may neither change nor read anything. Unsafe methods must be JSON (a cross-site form cannot send
 * it) and same-origin; any method, the SSE stream included, is refused when a browser says `Sec-Fetch-Site: cross-site`
 * or sends a foreign Origin, as it does for another site's fetch or EventSource.
 */
export function refuseCrossSite(extraOrigins: readonly string[] = [], publicUrl?: PublicOrigin): RequestHandler {
  const extra = new Set(extraOrigins);
  return (req, _res, next) => {
    const unsafe = isUnsafeMethod(req.method);
    // Read the header itself: req.is() says null for a bodyless DELETE even when it is declared JSON.
    const mediaType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (unsafe && mediaType !== 'application/json') {
      throw new HttpError(415, 'UnsupportedMediaType', 'Send the request body as Content-Type: application/json');
    }
    const origin = req.headers.origin;
    const foreign = origin !== undefined && !isSameOrigin(origin, req, extra, publicUrl);
    if (foreign && unsafe) throw new HttpError(403, 'Forbidden', 'Cross-origin requests may not change anything');
    if (req.headers['sec-fetch-site'] === 'cross-site')
      throw new HttpError(403, 'Forbidden', 'Requests from other sites are refused');
    if (foreign) throw new HttpError(403, 'Forbidden', 'Cross-origin requests are refused');
    next();
  };
}

/** API answers describe live cluster state: never let a browser or proxy cache them. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};
