import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { KubeConfig } from '@kubernetes/client-node';
import { csrfHeader, sessionInfo, signInRequest } from '@berth/contracts';
import { HttpError } from '../http/errors';
import { isUnsafeMethod } from '../http/safety';
import { connectKubernetes, type Kubernetes } from '../kube/clients';
import type { Auth, SignInClusters } from './auth-modes';
import { csrfTokenMatches } from './csrf';
import { tokenKey, tokenKubeConfig, type Identity } from './identity';
import { clearSessionCookie, type CookieScope, readSessionCookie, setSessionCookie } from './session-cookie';
import type { SessionKeyring } from './session-keys';
import { SealedSessions, type Session, type SessionTimeouts } from './sessions';
import { SignInThrottle, type SignInLimits } from './sign-in-throttle';
import { whoAmI } from './who-am-i';

/** Only the API server refusing the token is a failed guess; an outage or a bug is not the client's doing. */
const isRefusedToken = (error: unknown) => error instanceof HttpError && error.status === 401;

function tooLongForCookie(): HttpError {
  const message =
    'This token (with the user name it signs in as) is too long to keep in a browser session cookie (4 KB); use a shorter-lived or smaller token';
  return new HttpError(422, 'Invalid', `token: ${message}`, [{ path: 'token', message }]);
}

/** Token mode: each browser signs in with its own bearer token, held sealed in its session cookie. */
export function tokenAuth(
  kubeConfig: KubeConfig,
  keys: SessionKeyring,
  timeouts: SessionTimeouts,
  signInLimits?: Partial<SignInLimits>,
  cookie?: CookieScope,
  clusters?: SignInClusters,
): Auth {
  const sessions = new SealedSessions(keys, timeouts);
  const throttle = new SignInThrottle(signInLimits);
  const open = Router();
  open.post('/session', async (req, res) => {
    const { token, cluster } = signInRequest.parse(req.body);
    // Another cluster's token joins the session signed in to the default cluster.
    if (cluster !== undefined && cluster !== (clusters?.defaultName ?? cluster)) {
      await addCluster(req, res, token, cluster);
      return;
    }
    if (!sessions.fitsInCookie(token)) throw tooLongForCookie();
    // req.ip is the socket's address, or the X-Forwarded-For entry a `--trusted-proxy` vouches for.
    const attempt = throttle.attempt(req.ip);
    const username = await whoAmI(tokenKubeConfig(kubeConfig, token), token).catch((error: unknown) => {
      if (!isRefusedToken(error)) attempt.notAFailure();
      throw error;
    });
    attempt.notAFailure();
    const created = sessions.create(token, username);
    if (created === undefined) throw tooLongForCookie();
    // A new sign-in ends this browser's previous session instead of leaving it alive beside the new one.
    const previous = sessions.open(readSessionCookie(req, cookie));
    if (previous !== undefined) sessions.revoke(previous);
    setSessionCookie(req, res, created.cookie, cookie);
    res.status(201).json(sessionInfo.parse({ mode: 'token', username, csrfToken: created.session.csrfToken }));
  });
  /** Signs the session in to one more cluster: it must be live and the request carry its CSRF token, as any change. */
  async function addCluster(req: Request, res: Response, token: string, cluster: string): Promise<void> {
    const opened = sessions.open(readSessionCookie(req, cookie));
    if (opened === undefined)
      throw new HttpError(
        401,
        'Unauthorized',
        'Sign in to the default cluster first; other clusters join that session',
      );
    if (!csrfTokenMatches(opened.csrfToken, req.get(csrfHeader)))
      throw new HttpError(403, 'Forbidden', 'This request lacks the CSRF token of your session; reload the page');
    const base = clusters?.kubeConfigOf(cluster);
    if (base === undefined) {
      const message = 'no such context in the kubeconfig';
      throw new HttpError(404, 'NotFound', `cluster: ${message}`, [{ path: 'cluster', message }]);
    }
    const attempt = throttle.attempt(req.ip);
    // Asked of that cluster's API server only: the token never goes to another cluster.
    const username = await whoAmI(tokenKubeConfig(base, token), token).catch((error: unknown) => {
      if (!isRefusedToken(error)) attempt.notAFailure();
      throw error;
    });
    attempt.notAFailure();
    const added = sessions.withCluster(sessions.touch(opened).session, cluster, token, username);
    if (added === undefined) {
      const message = `The session cookie (4 KB) has no room for a token for one more cluster; sign out, then sign in to ${cluster} with fewer clusters`;
      throw new HttpError(422, 'Invalid', `token: ${message}`, [{ path: 'token', message }]);
    }
    setSessionCookie(req, res, added.cookie, cookie);
    res.status(201).json(sessionInfo.parse({ mode: 'token', username, csrfToken: opened.csrfToken }));
  }

  const requireIdentity: RequestHandler = (req, res, next) => {
    const sealed = readSessionCookie(req, cookie);
    const opened = sessions.open(sealed);
    if (opened === undefined) {
      if (sealed !== undefined) clearSessionCookie(req, res, cookie);
      throw new HttpError(401, 'Unauthorized', 'Sign in with a Kubernetes bearer token');
    }
    if (isUnsafeMethod(req.method) && !csrfTokenMatches(opened.csrfToken, req.get(csrfHeader))) {
      throw new HttpError(403, 'Forbidden', 'This request lacks the CSRF token of your session; reload the page');
    }
    // Idle expiry travels in the cookie: activity re-seals it, so the next request, on any replica, sees it.
    const { session, cookie: touched } = sessions.touch(opened);
    if (touched !== undefined) setSessionCookie(req, res, touched, cookie);
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
    res.locals.session = session;
    next();
  };
  const session = Router();
  session.get('/session', (_req, res) => {
    const { username, csrfToken } = res.locals.session as Session;
    res.json(sessionInfo.parse({ mode: 'token', username, csrfToken }));
  });
  session.delete('/session', (req, res) => {
    sessions.revoke(res.locals.session as Session);
    // Only the clearing cookie: not one requireIdentity re-sealed for this very request.
    res.removeHeader('Set-Cookie');
    clearSessionCookie(req, res, cookie);
    res.status(204).end();
  });
  return { public: open, requireIdentity, session };
}
