import { vi } from 'vitest';

/** A reply the fake BFF gives: a JSON body and a status (200 unless told). */
export interface Reply {
  status?: number;
  body?: unknown;
  /** Sent as text/plain instead of `body` (a pod's log). */
  text?: string;
}

// A function may answer later (a Promise), to show the console before an answer arrives.
type Handler = Reply | ((request: { url: URL; method: string; body: unknown }) => Reply | Promise<Reply>);

/** Requests the fake BFF received, with their parsed JSON bodies, so tests can assert what was sent. */
export interface Received {
  method: string;
  path: string;
  body: unknown;
  headers: Headers;
}

/**
 * Stub `fetch` with routes like "GET /api/cluster"; anything unrouted answers 404 in the BFF's envelope.
 * Readyz (the default's, and every named cluster's) and cluster answer healthy unless a test overrides them.
 */
export function fakeBff(routes: Record<string, Handler>): Received[] {
  const received: Received[] = [];
  const all: Record<string, Handler> = {
    'GET /api/readyz': { body: { status: 'ok' } },
    'GET /api/session': { body: { mode: 'single-user', username: 'admin' } },
    'GET /api/cluster': {
      body: { context: 'berth-local', server: 'https://127.0.0.1:6443', user: 'admin', version: 'v1.20.2' },
    },
    // One kubeconfig context, as most setups have: the console opens in it, as before clusters came.
    'GET /api/clusters': {
      body: {
        items: [
          {
            name: 'berth-local',
            server: 'https://127.0.0.1:6443',
            user: 'admin',
            default: true,
            reachability: 'reachable',
            version: 'v1.20.2',
          },
        ],
      },
    },
    'GET /api/namespaces': {
      body: {
        items: [
          { name: 'default', phase: 'Active', created: '2026-01-01T00:00:00Z' },
          { name: 'team-b', phase: 'Active', created: '2026-01-01T00:00:00Z' },
        ],
      },
    },
    ...routes,
  };
  vi.stubGlobal(
    'fetch',
    vi.fn((input: string, init: RequestInit = {}) => {
      const url = new URL(input, 'http://localhost');
      const method = init.method ?? 'GET';
      const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      received.push({ method, path: url.pathname + url.search, body, headers: new Headers(init.headers) });
      // Every named cluster's readyz answers healthy too, unless routed.
      const handler =
        all[`${method} ${url.pathname}`] ??
        (method === 'GET' && /^\/api\/clusters\/[^/]+\/readyz$/.test(url.pathname)
          ? all['GET /api/readyz']
          : undefined);
      const reply =
        handler === undefined
          ? { status: 404, body: { status: 404, reason: 'NotFound', message: `no route ${method} ${url.pathname}` } }
          : typeof handler === 'function'
            ? handler({ url, method, body })
            : handler;
      return Promise.resolve(reply).then(({ body, status, text }) =>
        text === undefined
          ? new Response(body === undefined ? null : JSON.stringify(body), {
              status: status ?? 200,
              headers: { 'Content-Type': 'application/json' },
            })
          : new Response(text, { status: status ?? 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }),
      );
    }),
  );
  return received;
}
