import type { PodLogQuery } from '@berth/contracts';
import { ApiError, toApiError } from '../../../shared/api/api-error';
import { underBasePath } from '../../../shared/api/base-path';
import { namespacePath } from '../../../shared/api/fetch-json';

/** The log request's URL: only the options that differ from the API server's defaults. */
export function podLogPath(cluster: string, namespace: string, pod: string, options: PodLogQuery): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(options)) if (value !== undefined) query.set(name, String(value));
  const path = namespacePath(cluster, namespace, 'pods', pod, 'log');
  return query.size > 0 ? `${path}?${query}` : path;
}

/**
 * Reads a container's log as it arrives, handing each decoded piece to `onText`; resolves when the log ends (at once
 * unless following). Aborting `signal` stops it, and the BFF then ends its request to the API server. A refusal
 * ("container … is waiting to start") rejects with the BFF's ApiError.
 */
export async function streamPodLog(path: string, onText: (text: string) => void, signal: AbortSignal): Promise<void> {
  let response: Response;
  try {
    response = await fetch(underBasePath(path), { headers: { Accept: 'text/plain' }, signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NetworkError', 'The console cannot reach its server');
  }
  if (!response.ok) throw await toApiError(response);
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (reader === undefined) return;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    onText(value);
  }
}
