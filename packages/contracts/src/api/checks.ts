import { z } from 'zod';
import { dnsSubdomainName } from '../names';
import { registryCredentialForm } from '../secret-form';

/** "Can these credentials log in to this registry?" — the password goes in, never comes back. */
export const registryCheckRequest = z.strictObject({
  // The Create Secret dialog's own rules, so a check and the secret it tests accept the same input.
  server: registryCredentialForm.shape.server,
  username: registryCredentialForm.shape.username.max(256),
  password: registryCredentialForm.shape.password.max(4096),
});

/** `blocked`: Berth's registry address policy refused the registry, its token server or a redirect before connecting. */
export const checkOutcome = z.enum([
  'ok',
  'unauthorized',
  'forbidden',
  'not-found',
  'too-many-requests',
  'unreachable',
  'blocked',
  'unexpected',
]);

export const registryCheckResult = z.strictObject({
  server: z.string(),
  outcome: checkOutcome,
  message: z.string().optional(),
});

export const imageCheckRequest = z.strictObject({
  image: z.string().min(1).max(1024),
  // Each name becomes a path segment of a Secret read: `..` would read the namespace instead.
  imagePullSecrets: z.array(dnsSubdomainName).max(50).default([]),
});

/** Which pull secret and which of its keys the kubelet would use for the image. */
export const credentialChoice = z.strictObject({ secret: z.string(), key: z.string(), username: z.string() });

export const imageCheckResult = z.strictObject({
  image: z.string(),
  registry: z.string(),
  repository: z.string(),
  reference: z.string(),
  credential: credentialChoice.optional(),
  outcome: checkOutcome,
  digest: z.string().optional(),
  message: z.string().optional(),
  /** When the tag is not found: the tags the repository does hold (bounded), so the user sees `v1` and `v2` exist. */
  existingTags: z.array(z.string()).optional(),
});

export type RegistryCheckRequest = z.infer<typeof registryCheckRequest>;
export type CheckOutcome = z.infer<typeof checkOutcome>;
export type RegistryCheckResult = z.infer<typeof registryCheckResult>;
export type ImageCheckRequest = z.infer<typeof imageCheckRequest>;
export type CredentialChoice = z.infer<typeof credentialChoice>;
export type ImageCheckResult = z.infer<typeof imageCheckResult>;
