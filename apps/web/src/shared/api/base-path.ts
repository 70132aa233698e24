// The path the BFF serves the console under (`--base-path`): `/`, or e.g. `/berth/`, chosen at run time, not at build.

/**
 * The BFF writes `<base href="/berth/">` into index.html (the CSP allows no inline script to say it otherwise); the
 * Vite dev server and the tests write none, which means `/`.
 */
export function readBasePath(doc: Document): string {
  const href = doc.querySelector('base')?.getAttribute('href') ?? '/';
  return href.startsWith('/') && href.endsWith('/') ? href : '/';
}

const basePath = readBasePath(document);

/** `/api/session` as the browser must ask for it: `/berth/api/session` under a base path. */
export const underBasePath = (path: string): string => `${basePath}${path.replace(/^\//, '')}`;

/** React Router's basename: the base path without its trailing slash (`/berth`), or `/`. */
export const routerBasename = basePath === '/' ? '/' : basePath.slice(0, -1);
