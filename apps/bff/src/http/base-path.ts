// Serving under a path prefix (`--base-path /berth/`): the prefix's one spelling, and what answers outside it.
import { Router } from 'express';
import { HttpError } from './errors';

// Unreserved URL characters only: the prefix goes into index.html and a cookie's Path as it is, so it needs no escaping.
const segmentRule = /^[A-Za-z0-9._~-]{1,100}$/;

/**
 * `/berth/` from `berth`, `/berth` or `/berth/`, and `/` from `/`; undefined for anything that is not a plain path of
 * unreserved characters (empty, `..`, `//`, `?`, `#`, `%`, spaces).
 */
export function normalizeBasePath(text: string): string | undefined {
  if (text === '/') return '/';
  const segments = text.replace(/^\//, '').replace(/\/$/, '').split('/');
  const plain = segments.every((s) => segmentRule.test(s) && s !== '.' && s !== '..');
  return plain && segments.length <= 10 ? `/${segments.join('/')}/` : undefined;
}

export const basePathRule = 'must be a path such as /berth/: segments of letters, digits and . _ ~ -';

/**
 * The site mounted at its base path. Outside it only `/` and the prefix without its slash answer, with a redirect into
 * it (the cookie's Path needs the slash); anything else is 404. Matching is case-sensitive, as the cookie's Path is.
 */
export function servedUnder(basePath: string, site: Router): Router {
  if (basePath === '/') return site;
  const mount = basePath.slice(0, -1);
  const router = Router({ caseSensitive: true, strict: true });
  router.get(['/', mount], (_req, res) => {
    res.redirect(302, basePath);
  });
  router.use(mount, site);
  router.use((req) => {
    throw new HttpError(404, 'NotFound', `Berth is served under ${basePath}, not at ${req.path}`);
  });
  return router;
}
