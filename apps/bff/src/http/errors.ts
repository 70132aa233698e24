import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import type { ApiError, ApiFieldError } from '@berth/contracts';
import { CredentialError } from '../kube/kubeconfig/credential-error';
import { ApiException, fromApiException, isNetworkError } from '../kube/kubernetes-errors';

/** An error the BFF decided on itself; routes throw it and the error middleware answers with it. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
    readonly fields?: ApiFieldError[],
  ) {
    super(message);
  }
}

/** 429 with the seconds to wait, which the error middleware sends as `Retry-After`. */
export class TooManyRequestsError extends HttpError {
  constructor(
    readonly retryAfterSeconds: number,
    message: string,
  ) {
    super(429, 'TooManyRequests', message);
  }
}

/** Zod issues as form fields; paths join with dots like react-hook-form's (`registries.0.server`). */
export function fromZodError(error: ZodError, status = 422): ApiError {
  const fields = error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  const first = fields[0];
  const message =
    first === undefined ? 'Invalid request' : first.path === '' ? first.message : `${first.path}: ${first.message}`;
  return { status, reason: status === 400 ? 'BadRequest' : 'Invalid', message, fields };
}

/** body-parser's errors carry `status` and `type`; never echo their message (it may quote the body). */
function fromBodyParserError(error: unknown): ApiError | undefined {
  if (typeof error !== 'object' || error === null || !('type' in error) || !('status' in error)) return undefined;
  const { type, status } = error;
  if (type === 'entity.too.large')
    return { status: 413, reason: 'PayloadTooLarge', message: 'The request body is larger than 1 MiB' };
  if (type === 'entity.parse.failed')
    return { status: 400, reason: 'BadRequest', message: 'The request body is not valid JSON' };
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, reason: 'BadRequest', message: 'The request body could not be read' };
  }
  return undefined;
}

/** Turn anything a route threw into the one envelope, and log it without its message when it may hold data. */
export function toApiError(error: unknown, namespace?: string): ApiError {
  if (error instanceof HttpError) {
    return {
      status: error.status,
      reason: error.reason,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
    };
  }
  if (error instanceof ApiException) return fromApiException(error, namespace);
  // No credential, so no request reached the API server: the plugin's own words say what to do ("run aws sso login").
  if (error instanceof CredentialError) return { status: 503, reason: error.reason, message: error.message };
  if (error instanceof ZodError) return fromZodError(error);
  // Express could not percent-decode a path parameter (`%zz`, `%C0%AE`): the URL is malformed, and its text is not echoed.
  if (error instanceof URIError)
    return { status: 400, reason: 'BadRequest', message: 'The URL path is not valid percent-encoded UTF-8' };
  const bodyError = fromBodyParserError(error);
  if (bodyError) return bodyError;
  if (isNetworkError(error)) {
    return { status: 503, reason: 'ClusterUnavailable', message: 'The Kubernetes API server cannot be reached' };
  }
  return { status: 500, reason: 'InternalError', message: 'Something went wrong in Berth; the log has the details' };
}

/** The error codes down a cause chain (`ECONNREFUSED`): enough to diagnose, never a message that may quote data. */
function causeCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let current: unknown = error, depth = 0; typeof current === 'object' && current !== null && depth < 5; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === 'string' || typeof code === 'number') codes.push(String(code));
    current = cause;
  }
  return codes;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const namespace = typeof res.locals.namespace === 'string' ? res.locals.namespace : undefined;
    const body = toApiError(error, namespace);
    const log = (req as { log?: Logger }).log ?? logger;
    const summary = { status: body.status, reason: body.reason, codes: causeCodes(error) };
    if (body.reason === 'InternalError') {
      // Name and stack frames only: messages (ApiException's embeds the response body) may quote data.
      const frames = error instanceof Error ? error.stack?.split('\n').slice(1, 8).join('\n') : undefined;
      log.error(
        { ...summary, errorType: error instanceof Error ? error.name : typeof error, frames },
        'request failed',
      );
    } else if (body.status >= 500) {
      log.warn(summary, 'request failed');
    } else {
      log.info(summary, 'request refused');
    }
    if (error instanceof TooManyRequestsError) res.setHeader('Retry-After', String(error.retryAfterSeconds));
    res.status(body.status).json(body);
  };
}

export const notFound: RequestHandler = (req) => {
  throw new HttpError(404, 'NotFound', `No API route ${req.method} ${req.path}`);
};
