import { Router } from 'express';
import type { KubeConfig } from '@kubernetes/client-node';
import { sessionInfo } from '@berth/contracts';
import { HttpError } from '../http/errors';
import type { Auth } from './auth-modes';
import { kubeconfigIdentity } from './identity';

const signInOff = () =>
  new HttpError(404, 'NotFound', 'Sign-in is off: this Berth acts as the user of its own kubeconfig');

/** Single-user mode: every request acts as the BFF's own kubeconfig, and sign-in is off. */
export function singleUserAuth(kubeConfig: KubeConfig): Auth {
  const identity = kubeconfigIdentity(kubeConfig);
  const session = Router();
  session.get('/session', (_req, res) => {
    res.json(sessionInfo.parse({ mode: 'single-user', username: identity.username }));
  });
  session.delete('/session', () => {
    throw signInOff();
  });
  const open = Router();
  open.post('/session', () => {
    throw signInOff();
  });
  return {
    public: open,
    requireIdentity: (_req, res, next) => {
      res.locals.identity = identity;
      next();
    },
    session,
  };
}
