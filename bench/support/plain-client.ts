// One plain HTTP client for both sides of item 1: GET (or POST JSON), read the whole body, JSON.parse. The BFF and the
// bare API server are read with this same code, differing only in the agent (TLS or not) and the credential header.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { KubeConfig } from '@kubernetes/client-node';

export interface PlainClient {
  /** The answer's parsed JSON and its headers; throws on any status but `expect`. */
  request: (
    path: string,
    init?: { method?: 'GET' | 'POST'; body?: unknown; expect?: number; accept?: string },
  ) => Promise<{ json: unknown; headers: http.IncomingHttpHeaders }>;
  close: () => void;
}

function plainClient(base: string, agent: http.Agent, headers: Record<string, string>): PlainClient {
  const send = base.startsWith('https:') ? https.request : http.request;
  return {
    request: (path, { method = 'GET', body, expect = 200, accept = 'application/json' } = {}) =>
      new Promise((resolve, reject) => {
        const text = body === undefined ? undefined : JSON.stringify(body);
        const req = send(
          new URL(path, base),
          {
            method,
            agent,
            headers: {
              Accept: accept,
              ...headers,
              ...(text ? { 'Content-Type': 'application/json' } : {}),
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => {
              if (res.statusCode !== expect) {
                reject(new Error(`${method} ${path} answered ${String(res.statusCode)}`));
                return;
              }
              resolve({ json: JSON.parse(Buffer.concat(chunks).toString('utf8')), headers: res.headers });
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(text);
      }),
    close: () => agent.destroy(),
  };
}

/** The BFF on loopback, over kept-alive plain HTTP. */
export function bffClient(url: string): PlainClient {
  return plainClient(url, new http.Agent({ keepAlive: true }), {});
}

/** The API server itself, over kept-alive TLS, with the kubeconfig's bearer token (as the BFF sends it). */
export function bareApiClient(kubeConfig: KubeConfig): PlainClient {
  const cluster = kubeConfig.getCurrentCluster();
  const token = kubeConfig.getCurrentUser()?.token;
  if (cluster === null || token === undefined) throw new Error('the bench kubeconfig names no cluster or token');
  const ca = cluster.caFile
    ? readFileSync(cluster.caFile)
    : cluster.caData
      ? Buffer.from(cluster.caData, 'base64')
      : undefined;
  const agent = new https.Agent({ keepAlive: true, ...(ca ? { ca } : {}) });
  return plainClient(cluster.server, agent, { Authorization: `Bearer ${token}` });
}
