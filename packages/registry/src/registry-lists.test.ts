// Answers a real docker-registry does not give (a Bearer catalog, links elsewhere, echoed secrets), from a scripted server.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listRepositories, listTags } from './registry-lists';

type Handler = (request: IncomingMessage, url: URL, response: ServerResponse) => void;
let handler: Handler = (_request, _url, response) => response.end();
let server: Server;
let registry = '';
const seen: { url: URL; authorization?: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    seen.push({ url, ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}) });
    handler(request, url, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  registry = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
beforeEach(() => {
  seen.length = 0;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const credentials = { username: 'jane', password: 'pa55-word' };
const json = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));

/** A Bearer registry granting `granted` scopes; `answer` serves the list endpoints once the token is presented. */
function bearer(granted: (scope: string) => boolean, answer: Handler): Handler {
  return (request, url, response) => {
    if (url.pathname === '/token') {
      const scope = url.searchParams.get('scope') ?? '';
      return json(response, 200, { token: granted(scope) ? 'tok-good' : 'tok-empty' });
    }
    const auth = request.headers.authorization;
    if (auth !== 'Bearer tok-good' && auth !== 'Bearer tok-empty')
      return response.writeHead(401, { 'www-authenticate': 'Bearer realm="/token",service="reg"' }).end();
    if (url.pathname === '/v2/') return json(response, 200, {});
    if (auth === 'Bearer tok-empty')
      return json(
        response,
        401,
        { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] },
        {
          'www-authenticate': 'Bearer realm="/token",service="reg",error="insufficient_scope"',
        },
      );
    answer(request, url, response);
  };
}

/** `names` served `n` at a time from `last`, with a relative next link while more remain. */
function paged(key: string, names: string[], link = (next: URL) => `<${next.pathname}${next.search}>; rel="next"`) {
  return (url: URL, response: ServerResponse) => {
    const n = Number(url.searchParams.get('n') ?? names.length);
    const last = url.searchParams.get('last');
    const start = last === null ? 0 : names.indexOf(last) + 1;
    const page = names.slice(start, start + n);
    const headers: Record<string, string> = {};
    if (start + n < names.length) {
      const next = new URL(url);
      next.searchParams.set('last', page.at(-1) ?? '');
      headers.link = link(next);
    }
    json(response, 200, { [key]: page }, headers);
  };
}

const repositories = Array.from({ length: 7 }, (_, i) => `team/app-${i}`);

describe('the catalog', () => {
  it('asks a Bearer token for registry:catalog:* and follows relative next links page by page', async () => {
    const serve = paged('repositories', repositories);
    handler = bearer(
      (scope) => scope === 'registry:catalog:*',
      (_r, url, response) => serve(url, response),
    );
    const outcome = await listRepositories({ registry, credentials, pageSize: 3 });
    expect(outcome).toEqual({ kind: 'ok', names: repositories, truncated: false });
    const pages = seen.filter((s) => s.url.pathname === '/v2/_catalog');
    expect(pages.map((p) => p.url.searchParams.get('last'))).toEqual([null, 'team/app-2', 'team/app-5']);
    expect(pages.every((p) => p.authorization === 'Bearer tok-good')).toBe(true);
    expect(seen.find((s) => s.url.pathname === '/token')?.url.searchParams.get('scope')).toBe('registry:catalog:*');
  });

  it('stops at the page and entry bounds and says the list is cut short', async () => {
    const serve = paged('repositories', repositories);
    handler = bearer(
      () => true,
      (_r, url, response) => serve(url, response),
    );
    expect(await listRepositories({ registry, credentials, pageSize: 2, maxPages: 2 })).toEqual({
      kind: 'ok',
      names: repositories.slice(0, 4),
      truncated: true,
    });
    expect(await listRepositories({ registry, credentials, pageSize: 3, maxEntries: 5 })).toEqual({
      kind: 'ok',
      names: repositories.slice(0, 5),
      truncated: true,
    });
  });

  it('names a refused catalog as such when the credentials themselves are good', async () => {
    handler = bearer(
      (scope) => scope.startsWith('repository:'),
      (_r, _url, response) => json(response, 500, {}),
    );
    const outcome = await listRepositories({ registry, credentials });
    expect(outcome.kind).toBe('catalog-refused');
    expect(outcome.kind !== 'ok' && outcome.message).toContain('insufficient scope');
  });

  it('does not ask Docker Hub, which lists no repositories', async () => {
    for (const hub of ['docker.io', 'index.docker.io', 'https://index.docker.io/v1/', 'registry-1.docker.io'])
      expect((await listRepositories({ registry: hub })).kind).toBe('catalog-refused');
  });

  it('refuses a next link to another host or another endpoint, sending nothing there', async () => {
    for (const link of ['<http://127.0.0.2:9/v2/_catalog?last=x>; rel="next"', '</v2/secret/tags/list>; rel="next"']) {
      handler = bearer(
        () => true,
        (_r, url, response) =>
          json(response, 200, { repositories: ['a'] }, url.search.includes('last') ? {} : { link }),
      );
      seen.length = 0;
      const outcome = await listRepositories({ registry, credentials });
      expect(outcome.kind, link).toBe('blocked');
      expect(seen.filter((s) => s.url.pathname !== '/v2/_catalog' && s.url.pathname.startsWith('/v2/_'))).toEqual([]);
      expect(seen.some((s) => s.url.pathname === '/v2/secret/tags/list')).toBe(false);
    }
  });

  it('drops entries that are not names or that carry a credential, and masks echoed ones in errors', async () => {
    handler = bearer(
      () => true,
      (_r, _url, response) =>
        json(response, 200, { repositories: ['ok/app', 'Bad Name', 'pa55-word', 'x/pa55-word', 42, null] }),
    );
    expect(await listRepositories({ registry, credentials })).toEqual({
      kind: 'ok',
      names: ['ok/app'],
      truncated: false,
    });
    handler = (_r, _url, response) => json(response, 500, { errors: [{ code: 'X', message: 'got jane:pa55-word' }] });
    const failed = await listRepositories({ registry, credentials });
    expect(JSON.stringify(failed)).not.toContain('pa55-word');
  });
});

describe('the tags', () => {
  it('asks for repository:<name>:pull and pages through the tags', async () => {
    const tags = ['v1', 'v2', 'v3', 'v4', 'v5'];
    const serve = paged('tags', tags);
    handler = bearer(
      (scope) => scope === 'repository:team/app:pull',
      (_r, url, response) => serve(url, response),
    );
    expect(await listTags({ registry, credentials, repository: 'team/app', pageSize: 2 })).toEqual({
      kind: 'ok',
      names: tags,
      truncated: false,
    });
  });

  it('reads "tags": null as no tags, and a missing repository as not found', async () => {
    handler = bearer(
      () => true,
      (_r, url, response) =>
        url.pathname === '/v2/gone/tags/list'
          ? json(response, 200, { name: 'gone', tags: null })
          : json(response, 404, {
              errors: [{ code: 'NAME_UNKNOWN', message: 'repository name not known to registry' }],
            }),
    );
    expect(await listTags({ registry, credentials, repository: 'gone' })).toEqual({
      kind: 'ok',
      names: [],
      truncated: false,
    });
    expect(await listTags({ registry, credentials, repository: 'none' })).toMatchObject({
      kind: 'not-found',
      message: 'name unknown: repository name not known to registry',
    });
  });

  it('sends no request for a repository that is not a name', async () => {
    expect((await listTags({ registry, repository: '../_catalog' })).kind).toBe('unexpected');
    expect(seen).toEqual([]);
  });
});
