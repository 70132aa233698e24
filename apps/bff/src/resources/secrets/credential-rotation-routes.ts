import { Router } from 'express';
import { credentialRotationRequest, credentialRotationResult, credentialRotationSearch } from '@berth/contracts';
import { kubernetesOf } from '../../auth/identity';
import type { ListCache } from '../../kube/list-cache';
import { dryRunOf } from '../namespaces/namespace-scope';
import { rotateRegistryPassword } from './rotate-registry-password';

/** `POST /registry-credentials/rotate[?dryRun=true|All]`: one registry password, in every pull secret the user chose to include. */
export function credentialRotationRoutes(lists?: ListCache): Router {
  const router = Router();
  router.post('/registry-credentials/rotate', async (req, res) => {
    // `?dryRun=true` or `All` only finds, as every write's dry run; a value other than those and `false` is a 400.
    const dryRun = dryRunOf(req.query) !== undefined;
    // Finding needs no new password; rotating does (422 "enter the password" without it).
    const request = (dryRun ? credentialRotationSearch : credentialRotationRequest).parse(req.body);
    const password = dryRun ? undefined : request.password;
    const result = await rotateRegistryPassword(kubernetesOf(res), request, password, lists);
    res.json(credentialRotationResult.parse(result));
  });
  return router;
}
