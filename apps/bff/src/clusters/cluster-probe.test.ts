import { ApiException } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { CredentialError } from '../kube/kubeconfig/credential-error';
import { probeFailure, ProbeTimeout } from './cluster-probe';
import { untilAnsweredOrWindow } from './cluster-list-routes';

const withCode = (code: string) => Object.assign(new Error('fetch failed'), { code });

describe('probeFailure', () => {
  it.each([
    [new ProbeTimeout(), 'unreachable', 'No answer within 2 s'],
    [new TypeError('fetch failed', { cause: withCode('ECONNREFUSED') }), 'unreachable', 'Connection refused'],
    [
      new TypeError('fetch failed', { cause: withCode('ENOTFOUND') }),
      'unreachable',
      'Cannot reach the API server (ENOTFOUND)',
    ],
    [new Error('odd'), 'unreachable', 'Cannot reach the API server'],
    [
      new ApiException(401, 'Unauthorized', undefined, {}),
      'unauthorized',
      "The API server refused the kubeconfig's credentials (401)",
    ],
    [
      new ApiException(403, 'Forbidden', '', {}),
      'unauthorized',
      "The API server refused the kubeconfig's credentials (403)",
    ],
    [new ApiException(500, 'x', '', {}), 'unreachable', 'The API server answered 500 to /version'],
    [new CredentialError('CredentialPluginFailed', 'aws: run aws sso login'), 'unauthorized', 'aws: run aws sso login'],
  ])('%s is %s: %s', (error, reachability, message) => {
    expect(probeFailure(error, 2_000)).toEqual({ reachability, message });
  });
});

describe('untilAnsweredOrWindow', () => {
  const never = new Promise<never>(() => undefined);
  const after = (ms: number, reachability: 'reachable' | 'unreachable') =>
    new Promise<{ reachability: typeof reachability }>((resolve) => setTimeout(() => resolve({ reachability }), ms));

  it('stops waiting for a silent cluster 100 ms after the last one that answered', async () => {
    const started = performance.now();
    await untilAnsweredOrWindow([after(10, 'reachable'), after(60, 'reachable'), never], 100);
    expect(performance.now() - started).toBeGreaterThanOrEqual(155);
    expect(performance.now() - started).toBeLessThan(400);
  });

  it('does not start the window on a refusal, and ends as soon as every probe has settled', async () => {
    const started = performance.now();
    await untilAnsweredOrWindow([after(1, 'unreachable'), after(150, 'reachable')], 100);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(145);
    expect(elapsed).toBeLessThan(240);
  });
});
