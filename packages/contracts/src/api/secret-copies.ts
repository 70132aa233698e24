import { z } from 'zod';
import { dnsLabelName } from '../names';

/** At most this many namespaces per copy or comparison, so one request stays one bounded set of API calls. */
export const maxCopyNamespaces = 50;

/** `POST …/secrets/{name}/copies`: the same secret (type and data) under the same name in each namespace. */
export const secretCopyRequest = z.strictObject({
  namespaces: z.array(dnsLabelName).min(1, 'choose at least one namespace').max(maxCopyNamespaces),
  /** Replace a secret of that name that is already there; otherwise it is reported and left as it is. */
  overwrite: z.boolean().optional(),
});

/**
 * `GET …/secrets/{name}/copies?namespaces=a,b`: the namespaces to compare in, each a path segment of a Secret read;
 * absent or empty: every namespace the identity may list.
 */
export const secretCopiesQuery = z.object({
  namespaces: z
    .string()
    .max(maxCopyNamespaces * 64)
    .optional()
    .transform((value) => (value ? value.split(',').filter(Boolean) : undefined))
    .pipe(z.array(dnsLabelName).max(maxCopyNamespaces).optional()),
});

export const secretCopyResult = z.strictObject({
  namespace: z.string(),
  result: z.enum(['created', 'replaced', 'exists', 'failed']),
  /** Why it failed (the API server's message, which never quotes secret data). */
  message: z.string().optional(),
});

export const secretCopyResults = z.strictObject({ results: z.array(secretCopyResult) });

/**
 * One registry of a copy: where and as whom, and a digest of its password keyed with a secret the BFF process alone
 * holds (HMAC-SHA-256), so equal passwords compare equal without the browser being able to guess one offline.
 */
export const registryFingerprint = z.strictObject({
  server: z.string(),
  username: z.string(),
  passwordDigest: z.string(),
});

export const secretCopy = z.strictObject({
  namespace: z.string(),
  state: z.enum(['same', 'differs', 'missing', 'hidden']),
  type: z.string().optional(),
  registries: z.array(registryFingerprint),
  /** What differs from this namespace's secret, in words: "password for r.io", "type", "registry r.io missing". */
  differences: z.array(z.string()),
});

/** `GET …/secrets/{name}/copies?namespaces=a,b`: the secret of the same name in each namespace, compared. */
export const secretCopies = z.strictObject({
  source: z.strictObject({ type: z.string(), registries: z.array(registryFingerprint) }),
  copies: z.array(secretCopy),
  /** Namespaces left out because none were named and more than `maxCopyNamespaces` could be listed. */
  notCompared: z.number().int().nonnegative(),
});

export type SecretCopyRequest = z.infer<typeof secretCopyRequest>;
export type SecretCopiesQuery = z.input<typeof secretCopiesQuery>;
export type SecretCopyResult = z.infer<typeof secretCopyResult>;
export type SecretCopyResults = z.infer<typeof secretCopyResults>;
export type RegistryFingerprint = z.infer<typeof registryFingerprint>;
export type SecretCopy = z.infer<typeof secretCopy>;
export type SecretCopies = z.infer<typeof secretCopies>;

/** What differs between two secrets' registries, never naming a value: only which registry, and which field. */
export function copyDifferences(
  source: { type: string; registries: readonly RegistryFingerprint[] },
  copy: { type: string; registries: readonly RegistryFingerprint[] },
): string[] {
  const differences: string[] = [];
  if (source.type !== copy.type) differences.push(`type is ${copy.type}`);
  const theirs = new Map(copy.registries.map((r) => [r.server, r]));
  for (const mine of source.registries) {
    const other = theirs.get(mine.server);
    if (other === undefined) differences.push(`no entry for ${mine.server}`);
    else if (other.username !== mine.username) differences.push(`username for ${mine.server} is ${other.username}`);
    else if (other.passwordDigest !== mine.passwordDigest) differences.push(`password for ${mine.server} differs`);
    theirs.delete(mine.server);
  }
  for (const extra of theirs.keys()) differences.push(`an extra entry for ${extra}`);
  return differences;
}
