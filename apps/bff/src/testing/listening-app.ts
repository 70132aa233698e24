// A suite's BFF on a real socket (the stream needs one; supertest does not give it): listening before the suite's
// tests, in a namespace of its own, and gone after them with every watch it started.
import type { Server } from 'node:http';
import type { Express } from 'express';
import { afterAll, beforeAll } from 'vitest';

interface SuiteNamespace {
  create: () => Promise<void>;
  remove: () => Promise<void>;
}

/** Call inside a `describe`: creates `namespace` and starts `app` on 127.0.0.1 before its tests; answers the server. */
export function listenDuringSuite(
  app: Express,
  hub: { close: () => Promise<void> },
  namespace: SuiteNamespace,
): () => Server {
  let server: Server | undefined;
  beforeAll(async () => {
    await namespace.create();
    const listening = app.listen(0, '127.0.0.1');
    server = listening;
    await new Promise((resolve) => listening.once('listening', resolve));
  });
  afterAll(async () => {
    await hub.close();
    server?.close();
    await namespace.remove();
  });
  return () => {
    if (server === undefined) throw new Error('the server listens only once the suite has started');
    return server;
  };
}
