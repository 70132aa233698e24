import type { CookieOptions, Request, Response } from 'express';

/** Where the session cookie lives: the base path, and whether the browser reaches Berth over TLS (an https public URL). */
export interface CookieScope {
  /** `--base-path`: the cookie goes only with requests under it. */
  path: string;
  /** `--public-url https://…`: Secure even when TLS ends at the proxy and this hop is plain http. */
  https: boolean;
}

export const rootCookieScope: CookieScope = { path: '/', https: false };

const isSecure = (req: Request, scope: CookieScope) => req.secure || scope.https;

/** `__Host-` needs Secure and Path=/; under a base path `__Secure-` is the most a cookie can claim; plain http has no prefix. */
export function sessionCookieName(secure: boolean, path = '/'): string {
  if (!secure) return 'berth-session';
  return path === '/' ? '__Host-berth-session' : '__Secure-berth-session';
}

/** The session cookie's options, in one place for setting and clearing it. */
function cookieOptions(req: Request, scope: CookieScope): CookieOptions {
  return { httpOnly: true, secure: isSecure(req, scope), sameSite: 'strict', path: scope.path };
}

/** The session id from the Cookie header (no cookie-parser: one cookie is all we read). */
export function readSessionCookie(req: Request, scope = rootCookieScope): string | undefined {
  const name = sessionCookieName(isSecure(req, scope), scope.path);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

export function setSessionCookie(req: Request, res: Response, id: string, scope = rootCookieScope): void {
  res.cookie(sessionCookieName(isSecure(req, scope), scope.path), id, cookieOptions(req, scope));
}

export function clearSessionCookie(req: Request, res: Response, scope = rootCookieScope): void {
  res.clearCookie(sessionCookieName(isSecure(req, scope), scope.path), cookieOptions(req, scope));
}
