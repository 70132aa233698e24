// Serves the SPA's production build: hashed assets cached for good, index.html for every other path (client-side routes).
import path from 'node:path';
import express, { Router } from 'express';

export function spaRoutes(dir: string): Router {
  const router = Router();
  router.use(
    '/assets',
    express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  router.use(express.static(dir, { index: false }));
  router.get('/{*path}', (_req, res) => {
    // index.html names the current hashed assets, so it must be revalidated on every load.
    res.sendFile(path.join(dir, 'index.html'), { headers: { 'Cache-Control': 'no-cache' } });
  });
  return router;
}
