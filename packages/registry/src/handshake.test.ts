// Answers a real docker-registry cannot be made to give (429, 403, a silent server, odd token servers), from a scripted HTTP server.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCredentials } from './credentials';
import { checkManifest } from './manifest';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
let handler: Handler = (_request, response) => response.end();
let server: Server;
let registry = '';
const seen: IncomingMessage[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(request);
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  registry = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const image = { repository: 'janedoe/awesomeapp', reference: 'v1' };
const credentials = { username: 'jane', password: 'pa55-word' };

/** A Bearer registry whose manifest endpoint answers `status`. */
function bearerRegistry(status: number, tokenBody: unknown = { access_token: 'tok-123' }): Handler {
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname === '/v2/' && !request.headers.authorization) {
      response.writeHead(401, { 'www-authenticate': 'Bearer realm="/auth/token",service="reg,1"' }).end();
    } else if (url.pathname === '/auth/token') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(tokenBody));
    } else if (request.headers.authorization === 'Bearer tok-123') {
      response.writeHead(status, status === 200 ? { 'docker-content-digest': 'sha256:abc' } : {}).end();
    } else {
      response.writeHead(401).end();
    }
  };
}

describe('the handshake against a scripted registry', () => {
  it('follows a relative realm, sends service and scope, and uses access_token', async () => {
    handler = bearerRegistry(200);
    seen.length = 0;
    expect(await checkManifest({ registry, ...image, credentials })).toEqual({ kind: 'ok', digest: 'sha256:abc' });
    const tokenRequest = seen.find((r) => r.url?.startsWith('/auth/token'));
    const query = new URL(tokenRequest?.url ?? '', 'http://x').searchParams;
    expect(query.get('service')).toBe('reg,1');
    expect(query.get('scope')).toBe('repository:janedoe/awesomeapp:pull');
    expect(tokenRequest?.headers.authorization).toBe(`Basic ${Buffer.from('jane:pa55-word').toString('base64')}`);
    const head = seen.find((r) => r.method === 'HEAD');
    expect(head?.headers.accept).toContain('application/vnd.oci.image.index.v1+json');
    expect(head?.headers.accept).toContain('application/vnd.docker.distribution.manifest.list.v2+json');
  });

  it.each([
    [403, 'forbidden'],
    [429, 'too-many-requests'],
    [500, 'unexpected'],
  ])('maps %i to %s', async (status, kind) => {
    handler = bearerRegistry(status);
    expect(await checkManifest({ registry, ...image, credentials })).toMatchObject({ kind, status });
  });

  it('calls a token answer without a token unexpected, not ok', async () => {
    handler = bearerRegistry(200, { nothing: true });
    expect(await checkManifest({ registry, ...image, credentials })).toMatchObject({ kind: 'unexpected' });
  });

  it('asks for a token without scope when checking credentials', async () => {
    handler = bearerRegistry(200);
    seen.length = 0;
    expect(await checkCredentials({ registry, credentials })).toEqual({ kind: 'ok' });
    const tokenRequest = seen.find((r) => r.url?.startsWith('/auth/token'));
    expect(new URL(tokenRequest?.url ?? '', 'http://x').searchParams.has('scope')).toBe(false);
  });

  it('reports a registry that never answers as a timeout, not unauthorized', async () => {
    handler = () => undefined;
    const outcome = await checkManifest({ registry, ...image, credentials, timeoutMs: 300 });
    expect(outcome).toEqual({ kind: 'network', message: `dial tcp ${registry}: i/o timeout` });
  });

  it('never puts the password or the token in a message', async () => {
    handler = (_request, response) =>
      response.writeHead(401, { 'www-authenticate': 'Basic realm="r"', 'content-type': 'application/json' }).end('{}');
    for (const outcome of [
      await checkManifest({ registry, ...image, credentials }),
      await checkCredentials({ registry, credentials }),
    ]) {
      expect(outcome).toMatchObject({ kind: 'unauthorized' });
      expect(JSON.stringify(outcome)).not.toMatch(/pa55-word|amFuZTpwYTU1LXdvcmQ|tok-123/);
    }
  });

  it('calls a 401 without a challenge unauthorized, not ok', async () => {
    handler = (_request, response) => response.writeHead(401).end();
    expect(await checkCredentials({ registry, credentials })).toMatchObject({ kind: 'unauthorized', status: 401 });
    handler = (_request, response) => response.writeHead(401, { 'www-authenticate': 'Negotiate' }).end();
    expect(await checkCredentials({ registry, credentials })).toMatchObject({ kind: 'unauthorized' });
    expect(await checkManifest({ registry, ...image })).toMatchObject({ kind: 'unauthorized' });
  });

  it('follows a redirect only where the policy allows, and never with the credentials to another origin', async () => {
    handler = (_request, response) =>
      response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    expect(await checkCredentials({ registry, credentials })).toEqual({
      kind: 'blocked',
      message: 'registry address policy: 169.254.169.254 is a link-local address',
    });
    const port = registry.split(':')[1] ?? '';
    handler = (request, response) => {
      if (request.url === '/moved/') response.writeHead(200).end();
      else if (request.headers.authorization === undefined)
        response.writeHead(401, { 'www-authenticate': 'Basic realm="r"' }).end();
      else if (request.url === '/v2/') response.writeHead(307, { location: `http://localhost:${port}/moved/` }).end();
    };
    seen.length = 0;
    expect(await checkCredentials({ registry, credentials })).toEqual({ kind: 'ok' });
    expect(seen.map((r) => [r.url, r.headers.host, r.headers.authorization !== undefined])).toEqual([
      ['/v2/', registry, false],
      ['/v2/', registry, true],
      ['/moved/', `localhost:${port}`, false],
    ]);
  });

  it('gives up after five redirects', async () => {
    handler = (_request, response) => response.writeHead(302, { location: '/v2/' }).end();
    const outcome = await checkCredentials({ registry });
    expect(outcome.kind).toBe('unexpected');
    expect(outcome.kind !== 'ok' && outcome.message).toMatch(/more than 5 redirects/);
  });
});
