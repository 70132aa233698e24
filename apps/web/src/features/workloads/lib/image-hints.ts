import {
  containerImage,
  matchPullSecrets,
  normalizeImageReference,
  parseImageReference,
  type SecretSummary,
} from '@berth/contracts';

/** What the form can tell about an image before anything is created. */
export interface ImageHints {
  /** The image as the user wrote it (name plus the separate tag). */
  written: string;
  /** Fully qualified: `docker.io/library/nginx:latest`. */
  normalized: string;
  registry: string;
  /** The credential the kubelet tries first, from the selected secrets (servers and usernames are in the list summaries). */
  credential?: { secret: string; key: string; username: string };
  /** Credentials are chosen but none covers the image's registry: the pull will be anonymous. */
  uncovered: boolean;
}

/** Normalise the image and match the selected secrets' registries with the kubelet's rules; undefined until it parses. */
export function imageHints(
  image: string,
  tag: string | undefined,
  selected: readonly SecretSummary[],
): ImageHints | undefined {
  const written = containerImage({ image: image.trim(), tag: tag?.trim() });
  let normalized: string;
  let registry: string;
  try {
    normalized = normalizeImageReference(written);
    registry = parseImageReference(written).registry;
  } catch {
    return undefined;
  }
  const secrets = selected.map((s) => ({
    name: s.name,
    auths: Object.fromEntries(s.registries.map((r) => [r.server, { username: r.username, password: '' }])),
  }));
  const [first] = matchPullSecrets(normalized, secrets);
  return {
    written,
    normalized,
    registry,
    ...(first ? { credential: { secret: first.secretName, key: first.key, username: first.username } } : {}),
    uncovered: selected.length > 0 && first === undefined,
  };
}
