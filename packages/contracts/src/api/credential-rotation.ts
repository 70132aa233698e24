import { z } from 'zod';
import { dnsLabelName } from '../names';
import { registryCredentialForm } from '../secret-form';
import { workloadKinds } from '../workloads/workload-kinds';
import { maxCopyNamespaces } from './secret-copies';

/**
 * `POST /api/registry-credentials/rotate`: a new password for every pull secret entry holding `server` (as the kubelet
 * reads the key) and `username`, in each namespace named (the user chooses them; bounded). `?dryRun=true` only finds them.
 */
export const credentialRotationRequest = z.strictObject({
  server: z.string().trim().min(1),
  username: registryCredentialForm.shape.username,
  password: registryCredentialForm.shape.password,
  namespaces: z.array(dnsLabelName).min(1, 'choose at least one namespace').max(maxCopyNamespaces),
});

export const rotatedSecret = z.strictObject({
  namespace: z.string(),
  name: z.string(),
  /** `found`: a dry run's answer. `failed`: left as it was (message says why: 409 when it changed meanwhile, 403…). */
  result: z.enum(['found', 'updated', 'unchanged', 'failed']),
  message: z.string().optional(),
});

/** A workload whose pods fail to pull with a rotated secret: restarting it makes new pods that pull now. */
export const failingPuller = z.strictObject({
  namespace: z.string(),
  kind: z.enum(workloadKinds),
  name: z.string(),
});

export const credentialRotationResult = z.strictObject({
  secrets: z.array(rotatedSecret),
  /** Namespaces whose secrets the user may not list: their secrets were not looked at. */
  hiddenNamespaces: z.array(z.string()),
  failingWorkloads: z.array(failingPuller),
});

export type CredentialRotationRequest = z.infer<typeof credentialRotationRequest>;
export type RotatedSecret = z.infer<typeof rotatedSecret>;
export type FailingPuller = z.infer<typeof failingPuller>;
export type CredentialRotationResult = z.infer<typeof credentialRotationResult>;
