import { Router } from 'express';
import { credentialRotationRequest, credentialRotationResult } from '@berth/contracts';
import { kubernetesOf } from '../../auth/identity';
import type { ListCache } from '../../kube/list-cache';
import { rotateRegistryPassword } from './rotate-registry-password';

/** `POST /registry-credentials/rotate[?dryRun=true]`: one registry password, in every pull secret the user chose to include. */
export function credentialRotationRoutes(lists?: ListCache): Router {
  const router = Router();
  router.post('/registry-credentials/rotate', async (req, res) => {
    const request = credentialRotationRequest.parse(req.body);
    const result = await rotateRegistryPassword(kubernetesOf(res), request, req.query.dryRun === 'true', lists);
    res.json(credentialRotationResult.parse(result));
  });
  return router;
}
