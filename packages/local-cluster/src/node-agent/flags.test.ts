import { describe, expect, it } from 'vitest';
import { parseFlags, toFlags } from './flags';

describe('node agent flags', () => {
  it('reads back what the service passes', () => {
    const options = {
      stateDir: '/tmp/state',
      kubeconfigPath: '/tmp/admin.kubeconfig',
      mirrors: { 'docker.io': 'http://127.0.0.1:5001', 'quay.io': 'http://127.0.0.1:5002' },
      backoff: { initialMs: 1000, maxMs: 4000 },
      resources: { cpu: '1500m', memoryBytes: 4 * 1024 ** 3, pods: 20 },
      runMs: 300,
      kubeletPort: 10251,
      clientCaFile: '/tmp/pki/kubelet-client/ca.crt',
      taints: [{ key: 'berth.dev/test-node', value: 'true', effect: 'NoSchedule' }],
    };
    expect(parseFlags(toFlags(options))).toEqual(options);
  });

  it('takes quantities as Kubernetes writes them', () => {
    const { resources } = parseFlags(['--kubeconfig', 'k', '--state-dir', 's', '--cpu', '0.5', '--memory', '8Gi']);
    expect(resources).toEqual({ cpu: '500m', memoryBytes: 8 * 1024 ** 3, pods: 110 });
  });

  it("defaults to the kubelet's port, no client CA and no taints", () => {
    const options = parseFlags(['--kubeconfig', 'k', '--state-dir', 's']);
    expect(options).toMatchObject({ kubeletPort: 10250, taints: [] });
    expect(options.clientCaFile).toBeUndefined();
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
    expect(() => parseFlags(['--kubeconfig', 'k', '--state-dir', 's', '--cpu', 'two'])).toThrow(/--cpu .*2 or 1500m/);
    expect(() => parseFlags(['--kubeconfig', 'k', '--state-dir', 's', '--memory', '8 GB'])).toThrow(/--memory .*8Gi/);
    expect(() => parseFlags(['--kubeconfig', 'k', '--state-dir', 's', '--run-ms', '-1'])).toThrow(/--run-ms/);
    expect(() => parseFlags(['--kubeconfig', 'k', '--state-dir', 's', '--kubelet-port', 'x'])).toThrow(
      /--kubelet-port/,
    );
    const taint = ['--register-with-taints', 'a=b:Sometimes'];
    expect(() => parseFlags(['--kubeconfig', 'k', '--state-dir', 's', ...taint])).toThrow(/key=value:Effect/);
  });
});
