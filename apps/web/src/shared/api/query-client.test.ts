import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { shouldRetry } from './query-client';

describe('shouldRetry', () => {
  it.each([
    ['a failed credential plugin', new ApiError(503, 'CredentialPluginFailed', 'run aws sso login'), false],
    ['an unreadable token file', new ApiError(503, 'TokenFileUnreadable', 'cannot read'), false],
    ['credentials the API server rejected', new ApiError(503, 'CredentialsRejected', 'rejected (401)'), false],
    ["a 401 from the cluster or Berth's session", new ApiError(401, 'Unauthorized', 'not accepted'), false],
    ['a 403', new ApiError(403, 'Forbidden', 'cannot list'), false],
    ['an unreachable API server', new ApiError(503, 'ClusterUnavailable', 'cannot be reached'), true],
    ['the BFF not answering', new ApiError(0, 'NetworkError', 'cannot reach its server'), true],
    ['anything else', new Error('boom'), true],
  ])('%s: retries %s', (_what, error, retries) => {
    expect(shouldRetry(0, error)).toBe(retries);
  });

  it('gives up after two retries', () => {
    expect(shouldRetry(1, new Error('boom'))).toBe(true);
    expect(shouldRetry(2, new Error('boom'))).toBe(false);
  });
});
