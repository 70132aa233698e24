// A streamed GET to the API server (a pod's log while following): the same credentials, TLS and shared connections as
// kubeRequestText, but the body is handed over as it arrives, and the caller's signal ends the upstream request.
import { ApiException, HttpMethod, IsomorphicFetchHttpLibrary, ServerConfiguration } from '@kubernetes/client-node';
import type { KubeConfig } from '@kubernetes/client-node';

const http = new IsomorphicFetchHttpLibrary();

export interface KubeStreamRequest {
  /** The API path, each segment already encoded. */
  path: string;
  query?: Record<string, string | undefined>;
  /** Aborting it closes the connection to the API server. */
  signal: AbortSignal;
}

/**
 * The body of a 2xx answer as a web stream. A refusal throws client-node's `ApiException` with the `Status` text, as
 * kubeRequestText does, so the error middleware maps it before any byte of the answer has been sent.
 */
export async function kubeRequestStream(
  kubeConfig: KubeConfig,
  request: KubeStreamRequest,
): Promise<ReadableStream<Uint8Array>> {
  const cluster = kubeConfig.getCurrentCluster();
  if (cluster === null) throw new Error('No active cluster!');
  const context = new ServerConfiguration<Record<string, string>>(cluster.server, {}).makeRequestContext(
    request.path,
    HttpMethod.GET,
  );
  context.setHeaderParam('Accept', '*/*');
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) context.setQueryParam(name, value);
  }
  await kubeConfig.applySecurityAuthentication(context);
  context.setSignal(request.signal);
  const response = await http.send(context).toPromise();
  if (response.httpStatusCode < 200 || response.httpStatusCode > 299) {
    const text = await response.body.text();
    if (response.httpStatusCode === 401) throw new ApiException(401, 'Unauthorized', undefined, response.headers);
    throw new ApiException(response.httpStatusCode, 'Unknown API Status Code!', text, response.headers);
  }
  return response.body.stream() ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
}
