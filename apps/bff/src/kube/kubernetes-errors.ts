import { ApiException } from '@kubernetes/client-node';
import { z } from 'zod';
import type { ApiError, ApiFieldError } from '@berth/contracts';

/** The parts of a Kubernetes `Status` the console uses; anything malformed is dropped, not trusted. */
const kubernetesStatus = z.object({
  reason: z.string().optional().catch(undefined),
  message: z.string().optional().catch(undefined),
  details: z
    .object({
      name: z.string().optional().catch(undefined),
      kind: z.string().optional().catch(undefined),
      causes: z
        .array(
          z.object({ field: z.string().optional(), message: z.string().optional(), reason: z.string().optional() }),
        )
        .optional()
        .catch(undefined),
    })
    .optional()
    .catch(undefined),
});

type KubernetesStatus = z.infer<typeof kubernetesStatus>;

function readStatus(body: unknown): KubernetesStatus {
  // client-node 2.x hands over the raw response text; other paths may give the parsed object.
  let value: unknown = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      return {};
    }
  }
  const parsed = kubernetesStatus.safeParse(value);
  return parsed.success ? parsed.data : {};
}

/** `secrets` -> `secret`: the resource in the user's words. */
function singular(kind: string | undefined): string {
  if (kind === undefined || kind === '') return 'object';
  return kind.endsWith('s') ? kind.slice(0, -1).toLowerCase() : kind.toLowerCase();
}

/** Kubernetes field paths (`metadata.name`, `spec.template.spec.containers[0].image`) as the forms' paths. */
export function toFormPath(field: string): string {
  const dotted = field.replace(/\[(\d+)\]/g, '.$1');
  const rules: [RegExp, string][] = [
    [/^metadata\.name$/, 'name'],
    [/^metadata\.namespace$/, 'namespace'],
    [/^data\[\.dockerconfigjson\]$|^data$/, 'registries'],
    [/^spec\.template\.spec\.containers\./, 'containers.'],
    [/^spec\.template\.spec\.imagePullSecrets\.(\d+)\.name$/, 'imagePullSecrets.$1'],
    [/^spec\.template\.spec\.imagePullSecrets/, 'imagePullSecrets'],
    [/^spec\.template\.metadata\.labels.*$|^spec\.selector.*$/, 'name'],
    [/^spec\.replicas$/, 'replicas'],
  ];
  for (const [pattern, replacement] of rules) if (pattern.test(dotted)) return dotted.replace(pattern, replacement);
  return dotted;
}

// The apiserver's RBAC denial: `User "u" cannot list resource "secrets" in API group "" in the namespace "ns"`.
const forbiddenPattern =
  /User "([^"]*)" cannot (\S+) resource "([^"]*)"(?: in API group "[^"]*")?(?: in the namespace "([^"]*)")?/;

/** The answer for a namespace that does not exist, whether the API server said so (a write) or Berth asked (a read). */
export function namespaceNotFound(namespace: string): ApiError {
  return { status: 404, reason: 'NamespaceNotFound', message: `Namespace ${namespace} does not exist` };
}

/** A 404 the API server gave about the namespace itself (`namespaces "nope" not found`), not about an object in it. */
export function isNamespaceNotFound(error: ApiException<unknown>): boolean {
  return error.code === 404 && readStatus(error.body).details?.kind === 'namespaces';
}

/**
 * Map a Kubernetes API error to the console's envelope; `namespace` is where the request was aimed, `fieldPath` turns
 * the API server's field paths into the paths the answer names (the form's by default; a manifest keeps them as they are).
 */
export function fromApiException(
  error: ApiException<unknown>,
  namespace?: string,
  fieldPath: (field: string) => string = toFormPath,
): ApiError {
  const status = readStatus(error.body);
  const kind = singular(status.details?.kind);
  const name = status.details?.name ?? '';
  const where = namespace === undefined ? '' : ` in namespace ${namespace}`;
  switch (error.code) {
    case 401:
      return { status: 401, reason: 'Unauthorized', message: 'The cluster did not accept the credentials Berth uses' };
    case 403: {
      const denial = forbiddenPattern.exec(status.message ?? '');
      const message = denial
        ? `${denial[1]} cannot ${denial[2]} ${denial[3]}${denial[4] === undefined ? '' : ` in namespace ${denial[4]}`}`
        : (status.message ?? 'The cluster refused this request');
      return { status: 403, reason: 'Forbidden', message };
    }
    case 404:
      if (status.details?.kind === 'namespaces' && name !== '') return namespaceNotFound(name);
      return {
        status: 404,
        reason: 'NotFound',
        message: name === '' ? `Not found${where}` : `No ${kind} named ${name}${kind === 'namespace' ? '' : where}`,
      };
    case 409:
      if (status.reason === 'AlreadyExists') {
        const message = `A ${kind} named ${name} already exists${where}`;
        return {
          status: 409,
          reason: 'AlreadyExists',
          message,
          fields: [{ path: fieldPath('metadata.name'), message }],
        };
      }
      return {
        status: 409,
        reason: status.reason ?? 'Conflict',
        message: `The ${kind} ${name} changed meanwhile; reload and try again`,
      };
    case 422: {
      const fields: ApiFieldError[] = (status.details?.causes ?? []).map((cause) => ({
        path: fieldPath(cause.field ?? ''),
        message: cause.message ?? cause.reason ?? 'Invalid value',
      }));
      return {
        status: 422,
        reason: status.reason ?? 'Invalid',
        message: status.message ?? `The ${kind} is invalid`,
        fields,
      };
    }
    default:
      return {
        status: error.code >= 400 && error.code < 600 ? error.code : 502,
        reason: status.reason ?? 'KubernetesError',
        message: status.message ?? `The API server answered ${error.code}`,
      };
  }
}

/**
 * The HTTP status of a failed Kubernetes call or watch: client-node's ApiException carries it as `code`, its Watch as
 * `statusCode`; a network failure has neither, only an error code string (`ECONNRESET`) in `code`.
 */
export function statusCodeOf(error: unknown): unknown {
  const fields = error as { statusCode?: unknown; code?: unknown } | null;
  return fields?.statusCode ?? fields?.code;
}

const networkCodes =
  /^(ECONNREFUSED|ECONNRESET|ECONNABORTED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE|UND_ERR_|ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO|UNABLE_TO_|SELF_SIGNED)/;

/** Network failures reaching the API server (refused, DNS, TLS, timeout, reset), found in undici's cause chain. */
export function isNetworkError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string' && networkCodes.test(code)) {
      return true;
    }
    current = current.cause;
  }
  return false;
}

export { ApiException };
