import type { KubeConfig } from '@kubernetes/client-node';
import type { Router, RequestHandler } from 'express';
import type { CookieScope } from './session-cookie';
import { processKeyring, type SessionKeyring } from './session-keys';
import { defaultSessionTimeouts, type SessionTimeouts } from './sessions';
import type { SignInLimits } from './sign-in-throttle';
import { singleUserAuth } from './single-user';
import { tokenAuth } from './token-sign-in';

/**
 * `single-user`: every request acts as the BFF's kubeconfig (loopback only). `token`: each browser signs in with its own
 * token, sealed in its cookie with `sessionKeys` (by default a random key of this process).
 */
export type AuthOptions =
  | { mode: 'single-user' }
  | {
      mode: 'token';
      timeouts?: SessionTimeouts;
      signInLimits?: Partial<SignInLimits>;
      sessionKeys?: SessionKeyring;
    };

/** The kubeconfig's other contexts, for signing in to them (token mode); the clusters room provides it. */
export interface SignInClusters {
  defaultName: string;
  /** The context's own kubeconfig (its server and CA only are used with a signed-in token); undefined: no such context. */
  kubeConfigOf: (name: string) => KubeConfig | undefined;
}

export interface Auth {
  /** Routes that work without an identity: `POST /session` (sign in). */
  public: Router;
  /** Sets `res.locals.identity`, or answers 401 (no session) or 403 (bad CSRF token on an unsafe method). */
  requireIdentity: RequestHandler;
  /** `GET /session` and `DELETE /session`, behind requireIdentity. */
  session: Router;
}

/** The routes and middleware of the mode the BFF was started in; `cookie` scopes the session cookie to the base path. */
export function createAuth(
  kubeConfig: KubeConfig,
  options: AuthOptions = { mode: 'single-user' },
  cookie?: CookieScope,
  clusters?: SignInClusters,
): Auth {
  return options.mode === 'token'
    ? tokenAuth(
        kubeConfig,
        options.sessionKeys ?? processKeyring(),
        options.timeouts ?? defaultSessionTimeouts,
        options.signInLimits,
        cookie,
        clusters,
      )
    : singleUserAuth(kubeConfig);
}
