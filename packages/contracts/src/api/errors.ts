import { z } from 'zod';

/**
 * One field the server rejected, at the form model's path (`name`, `registries.0.server`) or, for a manifest, the API
 * server's field path of the object in YAML document `document` (0-based; `spec.template.spec.containers[0].image`).
 */
export const apiFieldError = z.strictObject({
  path: z.string(),
  message: z.string(),
  document: z.number().int().min(0).optional(),
});

/** The one envelope every BFF failure is answered with. */
export const apiError = z.strictObject({
  status: z.number().int(),
  reason: z.string(),
  message: z.string(),
  fields: z.array(apiFieldError).optional(),
});

export type ApiFieldError = z.infer<typeof apiFieldError>;
export type ApiError = z.infer<typeof apiError>;

/**
 * The reasons meaning Berth has no usable credential for the cluster: its plugin failed, its token file cannot be read,
 * or the API server rejected it (401). Only the person running Berth can fix these, so the console does not retry them.
 */
export const credentialProblemReasons = [
  'CredentialPluginFailed',
  'TokenFileUnreadable',
  'CredentialsRejected',
] as const;
export type CredentialProblemReason = (typeof credentialProblemReasons)[number];
