import type { z } from 'zod';
import { csrfHeader } from '@berth/contracts';
import { csrfToken } from './csrf-token';
import { ApiError, toApiError } from './api-error';
import { underBasePath } from './base-path';
import { clusterApiPath } from './current-cluster';

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

/** Call the BFF and check its answer against the contract; every failure becomes an ApiError. */
export async function fetchJson<T extends z.ZodType>(
  path: string,
  schema: T,
  options: RequestOptions = {},
): Promise<z.infer<T>> {
  const response = await send(path, options);
  return schema.parse(await response.json());
}

/** Call the BFF for its side effect only (DELETE answers with nothing we need). */
export async function fetchNoContent(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options);
}

async function send(path: string, { method = 'GET', body, signal }: RequestOptions): Promise<Response> {
  const csrf = method === 'GET' ? undefined : csrfToken();
  let response: Response;
  try {
    response = await fetch(underBasePath(path), {
      method,
      headers: {
        Accept: 'application/json',
        // The BFF takes unsafe methods only as JSON (a cross-site form cannot send it), bodyless DELETEs included.
        ...(method === 'GET' ? {} : { 'Content-Type': 'application/json' }),
        // Token mode: every unsafe request carries the session's CSRF token.
        ...(csrf === undefined ? {} : { [csrfHeader]: csrf }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal === undefined ? {} : { signal }),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NetworkError', 'The console cannot reach its server');
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

/** `/api/namespaces/<ns>/...` (default cluster) or `/api/clusters/<cluster>/namespaces/<ns>/...`, every segment escaped. */
export function namespacePath(cluster: string, namespace: string, ...segments: string[]): string {
  const base = `${clusterApiPath(cluster)}/namespaces`;
  return [base, namespace, ...segments].map((s, i) => (i === 0 ? s : encodeURIComponent(s))).join('/');
}
