import {
  matchPullSecrets,
  normalizeImageReference,
  parseImageReference,
  type ContainerStatus,
  type EventSummary,
  type SecretSummary,
} from '@berth/contracts';

export type PullFailureKind =
  'credentials-refused' | 'not-covered' | 'not-found' | 'unreachable' | 'rate-limited' | 'secret-missing' | 'other';

/** The one click that fixes it, in the console's terms. */
export type PullFix =
  | { action: 'edit-secret'; secret: string; label: string }
  | { action: 'pick-credential'; label: string }
  | { action: 'edit-image'; label: string }
  | { action: 'network'; label: string }
  /** Create Secret, prefilled with the missing secret's name (when one is missing) and the image's registry. */
  | { action: 'create-secret'; label: string; name?: string; registry: string };

export interface PullFailure {
  kind: PullFailureKind;
  title: string;
  explanation: string;
  fix: PullFix[];
}

const pullReasons = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull']);

// The kubelet and runtimes only give text here; these are the phrases registries and the kubelet use for each cause.
const patterns: [Exclude<PullFailureKind, 'secret-missing' | 'not-covered' | 'other'>, RegExp][] = [
  ['rate-limited', /toomanyrequests|too many requests|rate limit|\b429\b/i],
  [
    'unreachable',
    /no such host|connection refused|i\/o timeout|timed? ?out|dial tcp|network is unreachable|x509|tls:|certificate|ECONNREFUSED|ENOTFOUND|unreachable/i,
  ],
  ['not-found', /manifest unknown|name unknown|not found|\b404\b|does not exist/i],
  [
    'credentials-refused',
    /unauthori[sz]ed|authentication required|\b401\b|\b403\b|forbidden|denied|insufficient.scope|incorrect username or password/i,
  ],
];

const missingSecret = /unable to retrieve some image pull secrets|secret "?([a-z0-9.-]+)"? not found/i;
/** The names in the kubelet's "Unable to retrieve some image pull secrets (a, b)", or in `secret "a" not found`. */
const missingNames = /image pull secrets \(([a-z0-9., -]+)\)|secret "?([a-z0-9.-]+)"? not found/i;

interface PullFailureInput {
  container: Pick<ContainerStatus, 'image' | 'state' | 'reason' | 'message'>;
  /** Events of the pod (or the whole workload), any order. */
  events: readonly Pick<EventSummary, 'reason' | 'message'>[];
  /** The secrets the pod template names, so a fix can open the right one. */
  imagePullSecrets: readonly string[];
  /** The namespace's secrets as listed (registries, never passwords); undefined when they cannot be read. */
  secrets?: readonly Pick<SecretSummary, 'name' | 'registries'>[] | undefined;
}

/** The registry of an image (`docker.io` when it names none); the image itself when it does not parse. */
function registryOf(image: string): string {
  try {
    return parseImageReference(image).registry;
  } catch {
    return image;
  }
}

/** The selected secrets that exist, and which of them the kubelet would try for `image` (by its matching rules). */
function coverage(image: string, imagePullSecrets: readonly string[], secrets: PullFailureInput['secrets']) {
  if (secrets === undefined) return undefined;
  const selected = imagePullSecrets.flatMap((name) => secrets.filter((s) => s.name === name));
  const auths = selected.map((s) => ({
    name: s.name,
    auths: Object.fromEntries(s.registries.map((r) => [r.server, { username: r.username, password: '' }])),
  }));
  try {
    const covering = [...new Set(matchPullSecrets(normalizeImageReference(image), auths).map((m) => m.secretName))];
    return { selected, covering };
  } catch {
    return undefined;
  }
}

/** Why an image pull failed, in plain words with the fix; undefined when the container is not failing a pull. */
export function explainPullFailure({
  container,
  events,
  imagePullSecrets,
  secrets,
}: PullFailureInput): PullFailure | undefined {
  if (container.state !== 'waiting' || !pullReasons.has(container.reason ?? '')) return undefined;
  const image = container.image;
  const registry = registryOf(image);
  const missingEvent = events.find(
    (e) => e.reason === 'FailedToRetrieveImagePullSecret' || missingSecret.test(e.message),
  );
  // The list says which named secret is gone; without it (not readable), the kubelet's event names it.
  const missingName =
    (secrets ? imagePullSecrets.find((name) => !secrets.some((s) => s.name === name)) : undefined) ??
    nameIn(missingEvent?.message);
  if (missingEvent || (missingName !== undefined && secrets !== undefined)) {
    const said = missingEvent ? ` ${missingEvent.message}` : '';
    return {
      kind: 'secret-missing',
      title: 'An image pull secret is missing in the namespace',
      explanation: `The workload names ${missingName === undefined ? 'a secret' : `secret ${missingName}`}, which does not exist here, so the kubelet pulls ${image} without it.${said}`,
      fix: [
        { action: 'create-secret', label: 'Create Secret', registry, ...(missingName ? { name: missingName } : {}) },
        { action: 'pick-credential', label: 'Pick another credential' },
      ],
    };
  }
  const text = [container.message ?? '', ...events.filter((e) => e.reason === 'Failed').map((e) => e.message)].join(
    '\n',
  );
  const kind = patterns.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
  const covered = coverage(image, imagePullSecrets, secrets);
  // A refusal with credentials that do not cover the registry is an anonymous pull: the password is not to blame.
  if (kind === 'credentials-refused' && covered && covered.selected.length > 0 && covered.covering.length === 0) {
    return notCovered(image, registry, covered.selected);
  }
  return describe(kind, image, registry, container.message ?? text, covered?.covering ?? imagePullSecrets);
}

function nameIn(message: string | undefined): string | undefined {
  const match = message === undefined ? undefined : missingNames.exec(message);
  return (match?.[1] ?? match?.[2])?.split(',')[0]?.trim();
}

function notCovered(
  image: string,
  registry: string,
  selected: readonly Pick<SecretSummary, 'name' | 'registries'>[],
): PullFailure {
  const held = [...new Set(selected.flatMap((s) => s.registries.map((r) => r.server)))];
  return {
    kind: 'not-covered',
    title: `None of the selected credentials covers ${registry}`,
    explanation: `The workload's credentials (${selected.map((s) => s.name).join(', ')}) hold logins for ${held.join(', ') || 'no registry'}, so the kubelet sent none of them for ${image}: it pulled anonymously, and the registry refused.`,
    fix: [
      { action: 'create-secret', label: `Create Secret for ${registry}`, registry },
      { action: 'pick-credential', label: 'Pick another credential' },
    ],
  };
}

function describe(
  kind: PullFailureKind,
  image: string,
  registry: string,
  message: string,
  secrets: readonly string[],
): PullFailure {
  const [first] = secrets;
  switch (kind) {
    case 'credentials-refused':
      return {
        kind,
        title: 'The registry refused the credentials',
        explanation:
          secrets.length === 0
            ? `No image access credential is selected, and the registry does not allow anonymous pulls of ${image}.`
            : `The registry rejected the username or password the kubelet sent for ${image}. The password may have changed, or this user may not pull this repository.`,
        fix: [
          ...(first ? [{ action: 'edit-secret' as const, secret: first, label: `Edit secret ${first}` }] : []),
          { action: 'pick-credential', label: secrets.length === 0 ? 'Add a credential' : 'Pick another credential' },
        ],
      };
    case 'not-found':
      return {
        kind,
        title: 'The tag or repository does not exist',
        explanation: `The registry has no ${image}. Check the image name and tag (an image without a registry comes from docker.io).`,
        fix: [{ action: 'edit-image', label: 'Edit image' }],
      };
    case 'unreachable':
      return {
        kind,
        title: 'The cluster cannot reach the registry',
        explanation: `The node could not connect to the registry of ${image}: ${message}. The cluster needs network access to it (intranet, VPC peering, SNAT or an EIP for the Internet, or Direct Connect/VPN).`,
        fix: [{ action: 'network', label: 'Network prerequisites' }],
      };
    case 'rate-limited':
      return {
        kind,
        title: 'The registry is rate limiting pulls',
        explanation: `Anonymous or free accounts get a limited number of pulls. Add a credential for the registry of ${image}, or wait and the kubelet will retry.`,
        fix: [{ action: 'pick-credential', label: 'Add a credential' }],
      };
    default:
      return {
        kind: 'other',
        title: 'The image could not be pulled',
        explanation: message,
        fix: [{ action: 'edit-image', label: 'Edit image' }],
      };
  }
}
