// Hostile registries and token servers on loopback for the registry-check tests: they echo everything they receive,
// send the BFF elsewhere, answer without a challenge, or never answer at all.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Not 127.0.0.1, where the BFF under test listens: a sign-in policy can allow these servers and still refuse the BFF. */
export const hostileHost = '127.0.0.2';

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface HostileServer {
  /** `<host>:<port>`: a registry address. */
  address: string;
  port: number;
  received: Received[];
  /** Connections open now, the most open at once, and all it accepted. */
  connections: () => { open: number; max: number; total: number };
  close: () => Promise<void>;
}

type Handler = (request: Received, response: ServerResponse) => void;

export async function hostileServer(handler: Handler, host = hostileHost): Promise<HostileServer> {
  const received: Received[] = [];
  let open = 0;
  let max = 0;
  let total = 0;
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const seen = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body };
      received.push(seen);
      handler(seen, response);
    });
  });
  server.on('connection', (socket) => {
    open++;
    total++;
    max = Math.max(max, open);
    socket.on('close', () => open--);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: `${host}:${port}`,
    port,
    received,
    connections: () => ({ open, max, total }),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Everything the server was sent, as a registry error message: what a hostile or careless server would answer. */
function echo(request: Received): string {
  return `echo ${request.method} ${request.url} ${JSON.stringify(request.headers)} ${request.body}`;
}

function answerWithEcho(
  status: number,
  request: Received,
  response: ServerResponse,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: echo(request) }], details: echo(request) });
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body);
}

export interface EchoRegistry {
  registry: HostileServer;
  tokenServer: HostileServer;
  /** The token the token server hands out (when it hands one out). */
  token: string;
  close: () => Promise<void>;
}

/**
 * A Bearer registry whose token realm is a second server on another port. `echo`: the token server answers 401 with
 * the Basic credentials it was sent; `token`: it hands out a token, and the registry echoes that token back on use.
 */
export async function echoRegistry(tokenServerMode: 'echo' | 'token'): Promise<EchoRegistry> {
  const token = `hostile-token-${randomBytes(12).toString('hex')}`;
  const tokenServer = await hostileServer((request, response) => {
    if (tokenServerMode === 'echo') answerWithEcho(401, request, response);
    else response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token }));
  });
  const realm = `http://${tokenServer.address}/token`;
  const registry = await hostileServer((request, response) => {
    const challenge = { 'www-authenticate': `Bearer realm="${realm}",service="hostile"` };
    answerWithEcho(401, request, response, challenge);
  });
  return {
    registry,
    tokenServer,
    token,
    close: async () => {
      await Promise.all([registry.close(), tokenServer.close()]);
    },
  };
}

/** A registry that sends every request to `location`. */
export function redirectingRegistry(location: string): Promise<HostileServer> {
  return hostileServer((_request, response) => response.writeHead(302, { location }).end());
}

/** A registry whose token realm is `realm`. */
export function realmRegistry(realm: string): Promise<HostileServer> {
  return hostileServer((_request, response) =>
    response.writeHead(401, { 'www-authenticate': `Bearer realm="${realm}",service="r"` }).end(),
  );
}

/** 401 to everything, with no `WWW-Authenticate`: nothing here may pass for "ok". */
export function challengelessRegistry(): Promise<HostileServer> {
  return hostileServer((_request, response) =>
    response.writeHead(401, { 'content-type': 'application/json' }).end('{}'),
  );
}

/** A Basic registry that refuses every login. */
export function refusingRegistry(host = hostileHost): Promise<HostileServer> {
  return hostileServer(
    (_request, response) => response.writeHead(401, { 'www-authenticate': 'Basic realm="r"' }).end(),
    host,
  );
}

/** Accepts connections and never answers. */
export function hangingRegistry(host = hostileHost): Promise<HostileServer> {
  return hostileServer(() => undefined, host);
}
