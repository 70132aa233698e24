import { z } from 'zod';
import { listResourceVersion } from './lists';
import { dnsLabelName, dnsSubdomainName } from '../names';
import { isRegistryServer, registryAddressMessage, registryCredentialForm } from '../secret-form';

/** A registry a pull secret logs in to: where, as whom and the optional email; never the password or `auth`. */
export const registryLogin = z.strictObject({ server: z.string(), username: z.string(), email: z.string().optional() });

/** One row of `kubectl get secret`, plus the registries of a pull secret. */
export const secretSummary = z.strictObject({
  name: z.string(),
  namespace: z.string(),
  type: z.string(),
  dataCount: z.number().int().nonnegative(),
  created: z.string(),
  registries: z.array(registryLogin),
});

/** Who in the namespace names the secret in `imagePullSecrets`. */
export const secretUsage = z.strictObject({
  deployments: z.array(z.string()),
  serviceAccounts: z.array(z.string()),
  /** Kinds the user may not list, so their list above is empty for want of permission, not of users. */
  hidden: z.array(z.enum(['deployments', 'serviceAccounts'])).optional(),
});

export const secretDetail = z.strictObject({ ...secretSummary.shape, usedBy: secretUsage });
export const secretList = z.strictObject({ items: z.array(secretSummary), resourceVersion: listResourceVersion });

export const secretListQuery = z.object({ type: z.string().min(1).optional() });

export type RegistryLogin = z.infer<typeof registryLogin>;
export type SecretSummary = z.infer<typeof secretSummary>;
export type SecretUsage = z.infer<typeof secretUsage>;
export type SecretDetail = z.infer<typeof secretDetail>;
export type SecretList = z.infer<typeof secretList>;

/** A docker `config.json` pasted or uploaded as text, stored as a pull secret named `name`. */
export const secretImportRequest = z.strictObject({
  name: dnsSubdomainName,
  namespace: dnsLabelName.optional(),
  configJson: z
    .string()
    .min(1, 'Paste or upload a config.json')
    .max(512 * 1024),
});

/**
 * Editing a pull secret's registries: a password left out keeps the one stored for that server. A server may be a key the
 * secret already holds in the kubelet's wider form (`r.io/team`); the BFF takes only registry addresses as new servers.
 */
export const secretUpdateRequest = z.strictObject({
  registries: z
    .array(
      registryCredentialForm.extend({
        server: z
          .string()
          .trim()
          .min(1, { error: 'enter the image repository address, e.g. www.example.com', abort: true })
          .refine(isRegistryServer, { error: registryAddressMessage, abort: true }),
        password: registryCredentialForm.shape.password.optional(),
      }),
    )
    .min(1, 'Add at least one registry'),
  /** A legacy `kubernetes.io/dockercfg` secret is edited in its own type; this asks to recreate it as dockerconfigjson. */
  convertTo: z.literal('kubernetes.io/dockerconfigjson').optional(),
});

/** What a create answers: the summary, and what the user should know about an imported config. */
export const secretCreated = z.strictObject({ ...secretSummary.shape, warnings: z.array(z.string()) });

export type SecretImportRequest = z.infer<typeof secretImportRequest>;
export type SecretUpdateRequest = z.infer<typeof secretUpdateRequest>;
export type SecretCreated = z.infer<typeof secretCreated>;

/** The names of a Secret's data keys, for the "key of a Secret" environment variable picker; never their values. */
export const secretKeys = z.strictObject({ keys: z.array(z.string()) });

export type SecretKeys = z.infer<typeof secretKeys>;
