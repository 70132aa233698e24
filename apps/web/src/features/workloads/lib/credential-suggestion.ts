import { isPullSecretType, type SecretSummary } from '@berth/contracts';
import { imageHints } from './image-hints';

/** For one registry the pod pulls from: the namespace's pull secrets whose logins the kubelet would send there. */
export interface RegistryCoverage {
  registry: string;
  covering: string[];
  /** The pods get one of `covering` from their ServiceAccount at admission (when none is picked): nothing to select. */
  throughServiceAccount?: string | undefined;
}

/** What Create Workload offers for its credentials: select the only covering secret, ask among several, or create one. */
export interface CredentialSuggestion {
  registries: RegistryCoverage[];
  /** Exactly one pull secret covers each registry that any covers (and the ServiceAccount does not), none has several. */
  pick: string[];
}

/**
 * By the kubelet's matching rules (`imageHints`, over `contracts/credentials.ts`): each distinct registry of the pod's
 * images with the pull secrets of the namespace that cover it. Images that do not parse yet are left out.
 */
export function suggestCredentials(
  images: readonly { image: string; tag?: string | undefined }[],
  secrets: readonly SecretSummary[],
  serviceAccountSecrets: readonly string[] = [],
): CredentialSuggestion {
  const pullSecrets = secrets.filter((s) => isPullSecretType(s.type));
  const byRegistry = new Map<string, string[]>();
  for (const { image, tag } of images) {
    const hints = imageHints(image, tag, []);
    if (hints === undefined || image.trim() === '' || byRegistry.has(hints.registry)) continue;
    const covering = pullSecrets
      .filter((s) => imageHints(image, tag, [s])?.credential !== undefined)
      .map((s) => s.name);
    byRegistry.set(hints.registry, covering);
  }
  const registries = [...byRegistry].map(([registry, covering]) => ({
    registry,
    covering,
    throughServiceAccount: covering.find((name) => serviceAccountSecrets.includes(name)),
  }));
  const toPick = registries.filter((r) => r.throughServiceAccount === undefined);
  const ambiguous = toPick.some((r) => r.covering.length > 1);
  const pick = ambiguous ? [] : [...new Set(toPick.flatMap((r) => r.covering))];
  return { registries, pick };
}
