import { Router } from 'express';
import { credentialRotationRequest, credentialRotationResult } from '@berth/contracts';
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
    const request = credentialRotationRequest.parse(req.body);
    const result = await rotateRegistryPassword(kubernetesOf(res), request, dryRun, lists);
    res.json(credentialRotationResult.parse(result));
  });
  return router;
}
