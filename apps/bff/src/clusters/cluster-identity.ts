import type { RequestHandler } from 'express';
import { HttpError } from '../http/errors';
import type { Identity } from '../auth/identity';
import type { Cluster } from './cluster-set';

/**
 * Whom requests to one cluster act as. The default cluster keeps the identity the auth mode set (today's behaviour,
 * unchanged). Another cluster in single-user mode acts as that context's own kubeconfig user. In token mode a session
 * holds one token, for the default cluster only: it is never sent to another cluster's API server.
 */
export function clusterIdentity(
  cluster: Cluster,
  mode: 'single-user' | 'token',
  stillInKubeconfig: () => boolean,
): RequestHandler {
  if (cluster.isDefault) return (_req, _res, next) => next();
  if (mode === 'token') {
    return () => {
      throw new HttpError(
        403,
        'Forbidden',
        `Sign-in covers the default cluster only; cluster ${cluster.name} cannot be used in token mode yet`,
      );
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
