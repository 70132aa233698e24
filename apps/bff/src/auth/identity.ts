import { createHash } from 'node:crypto';
import type { KubeConfig } from '@kubernetes/client-node';
import type { Response } from 'express';
import { HttpError } from '../http/errors';
import { connectKubernetes, type Kubernetes } from '../kube/clients';
import { SharedConnectionsKubeConfig } from '../kube/shared-connections';

/** Whom one request acts as: every Kubernetes call of the request goes through `kubernetes`, built for this identity. */
export interface Identity {
  /** Keys shared state such as the informer hub; never the token itself. */
  key: string;
  /** The user name the API server knows this identity by. */
  username: string;
  kubernetes: Kubernetes;
  /** False once the session behind this identity has ended, so long-lived streams can stop. */
  stillSignedIn: () => boolean;
}

/** The BFF's own kubeconfig as the identity of every request: the single-user mode. */
export function kubeconfigIdentity(kubeConfig: KubeConfig): Identity {
  const user = kubeConfig.getContextObject(kubeConfig.getCurrentContext())?.user ?? '';
  return { key: 'kubeconfig', username: user, kubernetes: connectKubernetes(kubeConfig), stillSignedIn: () => true };
}

/**
 * The same cluster (server, CA, TLS settings) as `base`, with ONLY this bearer token as the user.
 * Nothing of base's user (certificates, tokens, exec plugins) is copied, and each call builds a fresh config.
 * Its connections are shared with other token users of the cluster: the token travels in each request's header.
 */
export function tokenKubeConfig(base: KubeConfig, token: string): KubeConfig {
  const cluster = base.getCurrentCluster();
  if (cluster === null) throw new HttpError(500, 'InternalError', 'The kubeconfig names no cluster');
  const kubeConfig = new SharedConnectionsKubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [{ ...cluster }],
    users: [{ name: 'berth-session', token }],
    contexts: [{ name: base.getCurrentContext(), cluster: cluster.name, user: 'berth-session' }],
    currentContext: base.getCurrentContext(),
  });
  return kubeConfig;
}

/** A stable, non-reversible key per token: two sessions of one token may share a watch, two tokens never do. */
export function tokenKey(token: string): string {
  return `token:${createHash('sha256').update(token).digest('hex')}`;
}

/** The identity the auth middleware set for this request. */
export function identityOf(res: Response): Identity {
  const identity: unknown = res.locals.identity;
  if (typeof identity !== 'object' || identity === null || !('kubernetes' in identity)) {
    throw new HttpError(500, 'InternalError', 'Request identity missing');
  }
  return identity as Identity;
}

/** The Kubernetes clients of this request's identity. */
export function kubernetesOf(res: Response): Kubernetes {
  return identityOf(res).kubernetes;
}
