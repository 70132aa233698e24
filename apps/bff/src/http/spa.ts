// Serves the SPA's production build: hashed assets cached for good, index.html for every other path (client-side routes).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import express, { Router, type RequestHandler } from 'express';

/**
 * index.html with `<base href="/berth/">` first in its head. The build names its assets relative (`./assets/…`), so
 * one build serves under any base path: the base element resolves them, and the SPA reads its API and router prefix
 * from it (the CSP allows no inline script to say so). The base path holds only unreserved URL characters.
 */
export function withBaseHref(html: string, basePath: string): string {
  if (!/<head>/i.test(html)) throw new Error('The SPA build has an index.html without <head>');
  return html.replace(/<head>/i, (head) => `${head}\n    <base href="${basePath}" />`);
}

export function spaRoutes(dir: string, basePath = '/'): Router {
  const router = Router();
  // Read on each load: index.html is small, asked for once per visit, and a rebuild must show without a restart.
  const index: RequestHandler = async (_req, res) => {
    const html = await readFile(path.join(dir, 'index.html'), 'utf8');
    // index.html names the current hashed assets, so it must be revalidated on every load.
    res.type('html').setHeader('Cache-Control', 'no-cache').send(withBaseHref(html, basePath));
  };
  router.use(
    '/assets',
    express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  router.get('/index.html', index);
  router.use(express.static(dir, { index: false }));
  router.get('/{*path}', index);
  return router;
}
