import type { RequestHandler, Response } from 'express';
import { HttpError } from '../../http/errors';
import { nameParamError } from '../../http/path-params';

/** Validate `:ns` once for every namespaced route (404 naming it, as http/path-params.ts) and remember it for the error messages. */
export const namespaceScope: RequestHandler = (req, res, next) => {
  const namespace = String(req.params.ns);
  const error = nameParamError('ns', 'namespace', namespace);
  if (error) throw error;
  res.locals.namespace = namespace;
  next();
};

/** The validated namespace of this request. */
export function namespaceOf(res: Response): string {
  const namespace: unknown = res.locals.namespace;
  if (typeof namespace !== 'string') throw new HttpError(500, 'InternalError', 'Namespace scope missing');
  return namespace;
}

/** `?dryRun=true`, or the API server's own `?dryRun=All`, as the API server's `dryRun: 'All'`. */
export function dryRunOf(query: unknown): 'All' | undefined {
  const value = typeof query === 'object' && query !== null ? (query as Record<string, unknown>).dryRun : undefined;
  if (value === undefined || value === 'false') return undefined;
  if (value === 'true' || value === 'All') return 'All';
  throw new HttpError(400, 'BadRequest', 'dryRun must be All, true or false');
}
