import type { RequestHandler, Response } from 'express';
import { HttpError } from '../http/errors';
import { identityOf, tokenKey, tokenKubeConfig, type Identity } from '../auth/identity';
import type { Session } from '../auth/sessions';
import { connectKubernetes, type Kubernetes } from '../kube/clients';
import type { Cluster } from './cluster-set';

/** The signed-in session of this request (token mode), as requireIdentity left it. */
function sessionOf(res: Response): Session | undefined {
  return res.locals.session as Session | undefined;
}

/** Token mode: whether this request's session holds a token for the named cluster (the default one always). */
export function signedInClusters(defaultName: string): (res: Response, name: string) => boolean {
  return (res, name) => name === defaultName || sessionOf(res)?.clusters?.[name] !== undefined;
}

/**
 * Whom requests to one cluster act as. The default cluster keeps the identity the auth mode set (today's behaviour,
 * unchanged). Another cluster in single-user mode acts as that context's own kubeconfig user; in token mode as the token
 * the session holds for that cluster, sent to that cluster's API server only (none: 401 naming the cluster).
 */
export function clusterIdentity(
  cluster: Cluster,
  mode: 'single-user' | 'token',
  stillInKubeconfig: () => boolean,
): RequestHandler {
  if (cluster.isDefault) return (_req, _res, next) => next();
  if (mode === 'token') {
    return (_req, res, next) => {
      const signedIn = sessionOf(res)?.clusters?.[cluster.name];
      if (signedIn === undefined)
        throw new HttpError(
          401,
          'Unauthorized',
          `Sign in to cluster ${cluster.name}: this session has no token for it`,
        );
      const session = identityOf(res);
      let kubernetes: Kubernetes | undefined;
      const identity: Identity = {
        key: tokenKey(signedIn.token),
        username: signedIn.username,
        // Built from this cluster's kubeconfig (server, CA) with only the session's token for it.
        get kubernetes() {
          kubernetes ??= connectKubernetes(tokenKubeConfig(cluster.kubeConfig, signedIn.token));
          return kubernetes;
        },
        stillSignedIn: () => session.stillSignedIn() && stillInKubeconfig(),
      };
      res.locals.identity = identity;
      next();
    };
  }
  const { kubeConfig } = cluster;
  const identity: Identity = {
    key: 'kubeconfig',
    username: kubeConfig.getContextObject(kubeConfig.getCurrentContext())?.user ?? '',
    kubernetes: cluster.kubernetes,
    // A context removed from (or changed in) the kubeconfig ends its streams at their next heartbeat.
    stillSignedIn: stillInKubeconfig,
  };
  return (_req, res, next) => {
    res.locals.identity = identity;
    next();
  };
}
