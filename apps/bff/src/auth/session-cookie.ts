import type { Request, Response } from 'express';

/** `__Host-` needs Secure, so only over TLS; on plain http the name goes without the prefix. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-berth-session' : 'berth-session';
}

/** The session id from the Cookie header (no cookie-parser: one cookie is all we read). */
export function readSessionCookie(req: Request): string | undefined {
  const name = sessionCookieName(req.secure);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

export function setSessionCookie(req: Request, res: Response, id: string): void {
  res.cookie(sessionCookieName(req.secure), id, { httpOnly: true, secure: req.secure, sameSite: 'strict', path: '/' });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(sessionCookieName(req.secure), { httpOnly: true, secure: req.secure, sameSite: 'strict', path: '/' });
}
