// Kubernetes answers are told apart by HTTP code (ApiException.code), never by message text.
import { ApiException } from '@kubernetes/client-node';

export function hasStatusCode(error: unknown, code: number): boolean {
  return error instanceof ApiException && error.code === code;
}

export const isNotFound = (error: unknown): boolean => hasStatusCode(error, 404);
export const isConflict = (error: unknown): boolean => hasStatusCode(error, 409);
