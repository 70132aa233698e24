// What a registry answered, in the words the kubelet and containerd show (distribution's `code: message`).

export type RegistryOutcome =
  | { kind: 'ok'; digest?: string }
  | {
      kind: 'unauthorized' | 'forbidden' | 'not-found' | 'too-many-requests' | 'network' | 'blocked' | 'unexpected';
      message: string;
      status?: number;
    };

export type RegistryFailure = Exclude<RegistryOutcome, { kind: 'ok' }>;

/** distribution's ErrorCode.Error(): `MANIFEST_UNKNOWN` reads `manifest unknown`. */
function codeText(code: string): string {
  return code.replace(/_/g, ' ').toLowerCase();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The error text of a registry (`errors[]`) or token server (`details`, `error_description`, ...) body. */
export function registryErrorText(body: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  if (Array.isArray(parsed.errors)) {
    const texts = parsed.errors.filter(isRecord).map((e) => {
      const code = typeof e.code === 'string' ? codeText(e.code) : undefined;
      const message = typeof e.message === 'string' ? e.message : undefined;
      return code && message ? `${code}: ${message}` : (code ?? message);
    });
    const joined = texts.filter((t): t is string => Boolean(t)).join('; ');
    if (joined) return joined;
  }
  for (const key of ['details', 'detail', 'error_description', 'message', 'error']) {
    const value = parsed[key];
    if (typeof value === 'string' && value) return value;
  }
  return undefined;
}

const defaults: Record<number, string> = {
  401: 'unauthorized: authentication required',
  403: 'denied: requested access to the resource is denied',
  404: 'manifest unknown: manifest unknown',
  429: 'toomanyrequests: too many requests',
};

function kindOf(status: number): RegistryFailure['kind'] {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 429) return 'too-many-requests';
  return 'unexpected';
}

/**
 * Maps a non-success status to an outcome. `text` is the body's error text when there was one;
 * `challengeError` is the Bearer challenge's `error=` (e.g. `insufficient_scope`).
 */
export function outcomeForStatus(status: number, text?: string, challengeError?: string): RegistryFailure {
  let message = text ?? defaults[status] ?? `unexpected status code ${status}`;
  if (!/^[a-z]+( [a-z]+)*:/.test(message) && status === 401) message = `unauthorized: ${message}`;
  const reason = challengeError?.replace(/_/g, ' ');
  if (reason && !message.includes(reason)) message = `${message} (${reason})`;
  return { kind: kindOf(status), message, status };
}
