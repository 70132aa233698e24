import { isUtf8 } from 'node:buffer';
import express, { type RequestHandler } from 'express';
import { HttpError } from './errors';
import { bodyBounds, checkJsonBounds, TextBoundsError } from './text-bounds';

/** A bound the text crossed, as a 422 naming the field it was in (or the body itself). */
export function boundsError(error: TextBoundsError, field = error.field): HttpError {
  const message = field === '' ? `The request body ${error.problem}` : `${field} ${error.problem}`;
  return new HttpError(422, 'Invalid', message, [{ path: field, message }]);
}

/**
 * JSON bodies up to 1 MiB, checked before JSON.parse: UTF-8 only (RFC 8259), and within bodyBounds, since JSON.parse
 * itself builds a 500,000-level array from 1 MiB of `[` and any later recursion over it would overflow the stack.
 */
export function jsonBody(): RequestHandler {
  return express.json({
    limit: '1mb',
    strict: true,
    type: 'application/json',
    verify: (_req, _res, body, encoding) => {
      if (encoding !== 'utf-8') throw new HttpError(415, 'UnsupportedMediaType', 'Send the request body as UTF-8 JSON');
      if (!isUtf8(body)) throw new HttpError(400, 'BadRequest', 'The request body is not valid UTF-8');
      try {
        checkJsonBounds(body, bodyBounds);
      } catch (error) {
        if (error instanceof TextBoundsError) throw boundsError(error);
        throw error;
      }
    },
  });
}
