// One request to the API server as client-node's generated clients make it (the kubeconfig's credentials and TLS, the
// shared connections, the same ApiException), without their model classes: loading those cost the BFF about 12 MB of
// memory, and the routes read the API server's JSON as it is (bench/memory.ts).
import { ApiException, HttpMethod, IsomorphicFetchHttpLibrary, ServerConfiguration } from '@kubernetes/client-node';
import type { KubeConfig } from '@kubernetes/client-node';

export interface KubeRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The API path, e.g. `/api/v1/namespaces/ns/secrets`; each segment already encoded. */
  path: string;
  query?: Record<string, string | undefined>;
  /** Sent as JSON. */
  body?: unknown;
  /** Of the body; JSON unless a patch says which kind it is. */
  contentType?: string;
  accept?: string;
}

/** The same fetch client-node uses, so network failures carry the same undici causes (`isNetworkError`). */
const http = new IsomorphicFetchHttpLibrary();

/**
 * The response text of a 2xx answer. Failures throw client-node's `ApiException`, as its generated clients do: 401 with
 * no body, any other status with the response text (a Kubernetes `Status`), so the error middleware maps them as before.
 */
export async function kubeRequestText(kubeConfig: KubeConfig, request: KubeRequest): Promise<string> {
  const cluster = kubeConfig.getCurrentCluster();
  if (cluster === null) throw new Error('No active cluster!');
  const context = new ServerConfiguration<Record<string, string>>(cluster.server, {}).makeRequestContext(
    request.path,
    HttpMethod[request.method],
  );
  context.setHeaderParam('Accept', request.accept ?? 'application/json');
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) context.setQueryParam(name, value);
  }
  if (request.body !== undefined) {
    context.setHeaderParam('Content-Type', request.contentType ?? 'application/json');
    context.setBody(JSON.stringify(request.body));
  }
  // Token, Basic, exec plugins and the shared dispatcher (shared-connections.ts), exactly as for client-node's calls.
  await kubeConfig.applySecurityAuthentication(context);
  const response = await http.send(context).toPromise();
  const text = await response.body.text();
  if (response.httpStatusCode === 401) throw new ApiException(401, 'Unauthorized', undefined, response.headers);
  if (response.httpStatusCode < 200 || response.httpStatusCode > 299)
    throw new ApiException(response.httpStatusCode, 'Unknown API Status Code!', text, response.headers);
  return text;
}

/** A 2xx answer's JSON, typed as the caller expects the API server to send it. */
export async function kubeRequestJson<T>(kubeConfig: KubeConfig, request: KubeRequest): Promise<T> {
  return JSON.parse(await kubeRequestText(kubeConfig, request)) as T;
}

/**
 * A path segment (namespace, name) as it goes into a URL. Empty, `.` and `..` are refused whoever passes them: the first
 * names the collection (`DELETE …/services/`), the others resolve to it or its namespace.
 */
export function segment(value: string): string {
  if (value === '' || value === '.' || value === '..') {
    throw new Error(`${JSON.stringify(value)} cannot name one object in an API path`);
  }
  return encodeURIComponent(value);
}
