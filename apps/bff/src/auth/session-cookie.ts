import type { CookieOptions, Request, Response } from 'express';

/** `__Host-` needs Secure, so only over TLS; on plain http the name goes without the prefix. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-berth-session' : 'berth-session';
}

/** Every attribute of the session cookie, in one place; `path` is where the console is served (`/` by default). */
export function sessionCookieOptions(req: Request, path = '/'): CookieOptions {
  return { httpOnly: true, secure: req.secure, sameSite: 'strict', path };
}

/** The sealed session from the Cookie header (no cookie-parser: one cookie is all we read). */
export function readSessionCookie(req: Request): string | undefined {
  const name = sessionCookieName(req.secure);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

export function setSessionCookie(req: Request, res: Response, sealed: string, path?: string): void {
  res.cookie(sessionCookieName(req.secure), sealed, sessionCookieOptions(req, path));
}

export function clearSessionCookie(req: Request, res: Response, path?: string): void {
  // A refreshed cookie set earlier in this response must not outlive the clearing one.
  const name = sessionCookieName(req.secure);
  const earlier = ([] as (string | number)[]).concat(res.getHeader('Set-Cookie') ?? []).map(String);
  res.setHeader(
    'Set-Cookie',
    earlier.filter((line) => !line.startsWith(`${name}=`)),
  );
  res.clearCookie(sessionCookieName(req.secure), sessionCookieOptions(req, path));
}
