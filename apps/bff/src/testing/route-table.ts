import type { Express } from 'express';

export interface RouteEntry {
  method: string;
  path: string;
}

interface LayerLike {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  /** A router's own stack, or the routes a dispatcher (clusters/cluster-router.ts) hands each request to. */
  handle?: { stack?: LayerLike[]; routeTemplate?: { stack?: LayerLike[] } };
}

/** Every method and path the app routes, read from Express's router stack, so a new route is listed without editing a test. */
export function routeTable(app: Express): RouteEntry[] {
  const root = (app as unknown as { router: { stack: LayerLike[] } }).router;
  return walk(root.stack, '');
}

function join(prefix: string, path: unknown): string {
  const part = typeof path === 'string' && path !== '/' ? path : '';
  return `${prefix}${part}`;
}

function walk(stack: LayerLike[], prefix: string): RouteEntry[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const path = join(prefix, layer.route.path) || '/';
      return Object.keys(layer.route.methods).map((method) => ({ method: method.toUpperCase(), path }));
    }
    const nested = layer.handle?.stack ?? layer.handle?.routeTemplate?.stack;
    return Array.isArray(nested) ? walk(nested, join(prefix, layer.rawPath)) : [];
  });
}
