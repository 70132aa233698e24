import { z } from 'zod';
import { dnsLabelName } from '../names';
import { registryCredentialForm } from '../secret-form';
import { workloadKinds } from '../workloads/workload-kinds';
import { maxCopyNamespaces } from './secret-copies';

const rotationLogin = {
  server: z.string().trim().min(1),
  username: registryCredentialForm.shape.username,
  namespaces: z.array(dnsLabelName).min(1, 'choose at least one namespace').max(maxCopyNamespaces),
};

/**
 * `POST /api/registry-credentials/rotate?dryRun=true`: find every pull secret entry holding `server` (as the kubelet
 * reads the key) and `username`, in each namespace named (the user chooses them; bounded). Finding needs no new password:
 * one may be sent (it is validated, never used), so one form serves both steps.
 */
export const credentialRotationSearch = z.strictObject({
  ...rotationLogin,
  password: registryCredentialForm.shape.password.optional(),
});

/** `POST /api/registry-credentials/rotate`: the new password for every entry a search finds. */
export const credentialRotationRequest = z.strictObject({
  ...rotationLogin,
  password: registryCredentialForm.shape.password,
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

export type CredentialRotationSearch = z.infer<typeof credentialRotationSearch>;
export type CredentialRotationRequest = z.infer<typeof credentialRotationRequest>;
export type RotatedSecret = z.infer<typeof rotatedSecret>;
export type FailingPuller = z.infer<typeof failingPuller>;
export type CredentialRotationResult = z.infer<typeof credentialRotationResult>;
