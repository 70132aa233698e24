import { Router, type RequestHandler } from 'express';
import type { KubeConfig } from '@kubernetes/client-node';
import { csrfHeader, sessionInfo, signInRequest } from '@berth/contracts';
import { HttpError } from '../http/errors';
import { isUnsafeMethod } from '../http/safety';
import { connectKubernetes, type Kubernetes } from '../kube/clients';
import type { Auth } from './auth-modes';
import { CsrfTokens } from './csrf';
import { tokenKey, tokenKubeConfig, type Identity } from './identity';
import { clearSessionCookie, type CookieScope, readSessionCookie, setSessionCookie } from './session-cookie';
import { SessionStore, type SessionTimeouts } from './session-store';
import { SignInThrottle, type SignInLimits } from './sign-in-throttle';
import { whoAmI } from './who-am-i';

/** Only the API server refusing the token is a failed guess; an outage or a bug is not the client's doing. */
const isRefusedToken = (error: unknown) => error instanceof HttpError && error.status === 401;

/** Token mode: each browser signs in with its own bearer token and holds a server-side session. */
export function tokenAuth(
  kubeConfig: KubeConfig,
  timeouts: SessionTimeouts,
  signInLimits?: Partial<SignInLimits>,
  cookie?: CookieScope,
): Auth {
  const sessions = new SessionStore(timeouts);
  const csrf = new CsrfTokens();
  const throttle = new SignInThrottle(signInLimits);
  const open = Router();
  open.post('/session', async (req, res) => {
    const { token } = signInRequest.parse(req.body);
    // req.ip is the socket's address, or the X-Forwarded-For entry a `--trusted-proxy` vouches for.
    const attempt = throttle.attempt(req.ip);
    const username = await whoAmI(tokenKubeConfig(kubeConfig, token), token).catch((error: unknown) => {
      if (!isRefusedToken(error)) attempt.notAFailure();
      throw error;
    });
    attempt.notAFailure();
    // A new sign-in replaces this browser's previous session instead of leaving it alive beside the new one.
    const previous = readSessionCookie(req, cookie);
    if (previous !== undefined) sessions.delete(previous);
    const created = sessions.create(token, username);
    setSessionCookie(req, res, created.id, cookie);
    res.status(201).json(sessionInfo.parse({ mode: 'token', username, csrfToken: csrf.tokenFor(created.id) }));
  });
  const requireIdentity: RequestHandler = (req, res, next) => {
    const session = sessions.find(readSessionCookie(req, cookie));
    if (session === undefined) {
      if (readSessionCookie(req, cookie) !== undefined) clearSessionCookie(req, res, cookie);
      throw new HttpError(401, 'Unauthorized', 'Sign in with a Kubernetes bearer token');
    }
    if (isUnsafeMethod(req.method) && !csrf.verify(session.id, req.get(csrfHeader))) {
      throw new HttpError(403, 'Forbidden', 'This request lacks the CSRF token of your session; reload the page');
    }
    let kubernetes: Kubernetes | undefined;
    const identity: Identity = {
      key: tokenKey(session.token),
      username: session.username,
      // Built for this request from this session's token only, and only once a handler calls Kubernetes.
      get kubernetes() {
        kubernetes ??= connectKubernetes(tokenKubeConfig(kubeConfig, session.token));
        return kubernetes;
      },
      stillSignedIn: () => sessions.isLive(session),
    };
    res.locals.identity = identity;
    res.locals.sessionId = session.id;
    next();
  };
  const session = Router();
  session.get('/session', (_req, res) => {
    const id = String(res.locals.sessionId);
    const username = (res.locals.identity as Identity).username;
    res.json(sessionInfo.parse({ mode: 'token', username, csrfToken: csrf.tokenFor(id) }));
  });
  session.delete('/session', (req, res) => {
    sessions.delete(String(res.locals.sessionId));
    clearSessionCookie(req, res, cookie);
    res.status(204).end();
  });
  return { public: open, requireIdentity, session };
}
