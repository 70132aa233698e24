import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { Options } from 'pino-http';

/** Paths that may hold a secret value anywhere in a log object; pino replaces them with [Redacted]. */
export const redactedPaths = [
  'password',
  '*.password',
  '*.*.password',
  'auth',
  '*.auth',
  '*.*.auth',
  'token',
  '*.token',
  '[".dockerconfigjson"]',
  '*[".dockerconfigjson"]',
  '*.*[".dockerconfigjson"]',
  'configJson',
  '*.configJson',
  'data',
  '*.data',
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
];

export function createLogger(destination?: DestinationStream): Logger {
  const options = { level: process.env.BERTH_LOG_LEVEL ?? 'info', redact: { paths: redactedPaths } };
  return destination === undefined ? pino(options) : pino(options, destination);
}

/** One line per request: method, path (no query: it may carry names a user typed), status and time; no headers, no bodies. */
export function requestLogOptions(logger: Logger): Options {
  return {
    logger,
    quietReqLogger: true,
    serializers: {
      req: (req: IncomingMessage) => ({ method: req.method, path: (req.url ?? '').split('?')[0] }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
      // pino-http's synthetic "failed with status code" error; the error middleware logged the real reason.
      httpError: () => undefined,
    },
    // The error middleware already logged why; pino-http's synthetic "failed with status code" adds nothing.
    customLogLevel: (_req, res, error) => (error !== undefined || res.statusCode >= 500 ? 'warn' : 'info'),
    customAttributeKeys: { err: 'httpError' },
    customErrorMessage: (_req, res) => `request answered ${res.statusCode}`,
    customProps: () => ({}),
  };
}
