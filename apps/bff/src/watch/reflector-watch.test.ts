import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KubeConfig } from '@kubernetes/client-node';
import { afterEach, describe, expect, it } from 'vitest';
import { ReflectorWatch, watchTimeoutSeconds } from './reflector-watch';
import { captureLogs } from '../testing/log-capture';

let server: Server | undefined;

/** A plain HTTP endpoint standing in for the watch URL: it records each request and answers as `respond` says. */
async function watchEndpoint(
  respond: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ config: KubeConfig; urls: URL[] }> {
  const urls: URL[] = [];
  server = createServer((req, res) => {
    urls.push(new URL(req.url ?? '/', 'http://127.0.0.1'));
    respond(req, res);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const config = new KubeConfig();
  config.loadFromOptions({
    clusters: [{ name: 'c', server: `http://127.0.0.1:${String(port)}`, skipTLSVerify: true }],
    users: [{ name: 'u' }],
    contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
    currentContext: 'x',
  });
  return { config, urls };
}

afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

function ended(
  watch: ReflectorWatch,
  path = '/api/v1/namespaces/a/secrets',
  events: string[] = [],
): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    void watch.watch(
      path,
      { resourceVersion: '7' },
      (phase) => events.push(phase),
      (error) => resolve({ error, ms: Date.now() - started }),
    );
  });
}

describe('watchTimeoutSeconds', () => {
  it('spreads watches over [300, 600) s, as client-go does', () => {
    expect(watchTimeoutSeconds(() => 0)).toBe(300);
    expect(watchTimeoutSeconds(() => 0.5)).toBe(450);
    expect(watchTimeoutSeconds(() => 0.999_999)).toBe(599);
  });
});

describe('ReflectorWatch', () => {
  it('asks the server to end the watch at timeoutSeconds, with bookmarks, resuming from the given resourceVersion', async () => {
    const { config, urls } = await watchEndpoint((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(`${JSON.stringify({ type: 'BOOKMARK', object: { metadata: { resourceVersion: '8' } } })}\n`);
      res.end();
    });
    const logs = captureLogs();
    logs.logger.level = 'debug';
    const events: string[] = [];
    const result = await ended(
      new ReflectorWatch(config, logs.logger, { timeoutSeconds: () => 432, inactivityMarginMs: 1000 }),
      undefined,
      events,
    );
    expect(result.error).toBeNull();
    expect(events).toEqual(['BOOKMARK']);
    const query = urls[0]?.searchParams;
    expect(query?.get('watch')).toBe('true');
    expect(query?.get('timeoutSeconds')).toBe('432');
    expect(query?.get('allowWatchBookmarks')).toBe('true');
    expect(query?.get('resourceVersion')).toBe('7');
    expect(logs.text()).toContain('watch closed by the API server; resuming');
  });

  it(
    'waits past the server timeout for a silent watch instead of client-node 30 s, then gives up',
    { timeout: 10_000 },
    async () => {
      // Headers, then nothing: a connection that died without a FIN.
      const { config } = await watchEndpoint((_req, res) => res.writeHead(200).flushHeaders());
      const result = await ended(
        new ReflectorWatch(config, captureLogs().logger, { timeoutSeconds: () => 1, inactivityMarginMs: 500 }),
      );
      expect((result.error as Error).name).toBe('TimeoutError');
      expect(result.ms).toBeGreaterThanOrEqual(1400);
      expect(result.ms).toBeLessThan(5000);
    },
  );

  it('logs 410 Gone, as an error event or a status, at warn: the informer relists after it', async () => {
    const gone = {
      type: 'ERROR',
      object: { kind: 'Status', code: 410, reason: 'Expired', message: 'too old resource version: 7 (9)' },
    };
    const { config } = await watchEndpoint((req, res) => {
      if (req.url?.includes('/events')) res.writeHead(410).end();
      else res.writeHead(200).end(`${JSON.stringify(gone)}\n`);
    });
    const logs = captureLogs();
    const events: string[] = [];
    const watch = new ReflectorWatch(config, logs.logger);
    expect((await ended(watch, '/api/v1/namespaces/a/secrets', events)).error).toBeNull();
    expect(events).toEqual(['ERROR']);
    expect(((await ended(watch, '/api/v1/namespaces/a/events')).error as { statusCode?: number }).statusCode).toBe(410);
    const lines = logs
      .text()
      .split('\n')
      .filter((line) => line.includes('watch expired; relisting'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('"level":40');
    expect(lines.join('\n')).not.toContain('too old resource version');
  });
});
