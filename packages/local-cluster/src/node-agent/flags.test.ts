import { describe, expect, it } from 'vitest';
import { parseFlags, toFlags } from './flags';

describe('node agent flags', () => {
  it('reads back what the service passes', () => {
    const options = {
      stateDir: '/tmp/state',
      kubeconfigPath: '/tmp/admin.kubeconfig',
      mirrors: { 'docker.io': 'http://127.0.0.1:5001', 'quay.io': 'http://127.0.0.1:5002' },
      backoff: { initialMs: 1000, maxMs: 4000 },
    };
    expect(parseFlags(toFlags(options))).toEqual(options);
  });

  it('defaults to the kubelet back-off', () => {
    expect(parseFlags(['--kubeconfig', 'k', '--state-dir', 's']).backoff).toEqual({
      initialMs: 10_000,
      maxMs: 300_000,
    });
  });

  it('refuses missing or nonsensical values', () => {
    expect(() => parseFlags(['--state-dir', 's'])).toThrow(/--kubeconfig/);
    expect(() => parseFlags(['--kubeconfig', 'k', '--state-dir', 's', '--backoff-initial-ms', '0'])).toThrow(
      /positive/,
    );
    expect(() =>
      parseFlags(['--kubeconfig', 'k', '--state-dir', 's', '--backoff-initial-ms', '5', '--backoff-max-ms', '2']),
    ).toThrow(/less than/);
    expect(() => parseFlags(['--kubeconfig', 'k', '--state-dir', 's', '--nope'])).toThrow();
  });
});
