import type { RequestHandler } from 'express';
import { HttpError } from './errors';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The hostname of a Host header (`127.0.0.1:8080` -> `127.0.0.1`, `[::1]:80` -> `[::1]`). */
function hostname(host: string): string {
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '');
}

/** Answer only to the names we serve, so a rebinding DNS name cannot reach the API from another site. */
export function requireServedHost(servedNames: readonly string[]): RequestHandler {
  const allowed = new Set(servedNames.map((n) => n.toLowerCase()));
  return (req, _res, next) => {
    const host = req.headers.host;
    if (host === undefined || !allowed.has(hostname(host).toLowerCase())) {
      throw new HttpError(403, 'Forbidden', 'This host name is not served by Berth');
    }
    next();
  };
}

/** Unsafe methods must be JSON and same-origin: a cross-site form or fetch cannot send either. */
export function requireSameOriginJson(extraOrigins: readonly string[] = []): RequestHandler {
  const extra = new Set(extraOrigins);
  return (req, _res, next) => {
    if (!unsafeMethods.has(req.method)) {
      next();
      return;
    }
    // Read the header itself: req.is() says null for a bodyless DELETE even when it is declared JSON.
    const mediaType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (mediaType !== 'application/json') {
      throw new HttpError(415, 'UnsupportedMediaType', 'Send the request body as Content-Type: application/json');
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !extra.has(origin)) {
      let sameOrigin = false;
      try {
        sameOrigin = new URL(origin).host === req.headers.host;
      } catch {
        sameOrigin = false;
      }
      if (!sameOrigin) throw new HttpError(403, 'Forbidden', 'Cross-origin requests may not change anything');
    }
    next();
  };
}

/** True when the Origin header names this very host (or a trusted origin such as the Vite dev server). */
function isSameOrigin(origin: string, host: string | undefined, extra: ReadonlySet<string>): boolean {
  if (extra.has(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * Any method, the SSE stream included: a browser says `Sec-Fetch-Site: cross-site` and a foreign Origin for another
 * site's fetch or EventSource, so neither may read or change anything here.
 */
export function refuseCrossSite(extraOrigins: readonly string[] = []): RequestHandler {
  const extra = new Set(extraOrigins);
  return (req, _res, next) => {
    if (req.headers['sec-fetch-site'] === 'cross-site') throw new HttpError(403, 'Forbidden', 'Requests from other sites are refused');
    const origin = req.headers.origin;
    if (origin !== undefined && !isSameOrigin(origin, req.headers.host, extra)) {
      throw new HttpError(403, 'Forbidden', 'Cross-origin requests are refused');
    }
    next();
  };
}

/** API answers describe live cluster state: never let a browser or proxy cache them. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};
