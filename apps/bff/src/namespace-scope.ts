import type { RequestHandler, Response } from 'express';
import { dnsLabelName } from '@berth/contracts';
import { HttpError } from './errors';

/** Validate `:ns` once for every namespaced route and remember it for the error messages. */
export const namespaceScope: RequestHandler = (req, res, next) => {
  const parsed = dnsLabelName.safeParse(req.params.ns);
  if (!parsed.success) {
    throw new HttpError(400, 'BadRequest', `${String(req.params.ns)} is not a namespace name: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  res.locals.namespace = parsed.data;
  next();
};

/** The validated namespace of this request. */
export function namespaceOf(res: Response): string {
  const namespace: unknown = res.locals.namespace;
  if (typeof namespace !== 'string') throw new HttpError(500, 'InternalError', 'Namespace scope missing');
  return namespace;
}

/** `?dryRun=true` as the API server's `dryRun: 'All'`. */
export function dryRunOf(query: unknown): 'All' | undefined {
  const value = typeof query === 'object' && query !== null ? (query as Record<string, unknown>).dryRun : undefined;
  if (value === undefined || value === 'false') return undefined;
  if (value === 'true') return 'All';
  throw new HttpError(400, 'BadRequest', 'dryRun must be true or false');
}
