import { describe, expect, it } from 'vitest';
import { execInfo, type ClusterWithExecConfig, type ExecConfig } from './exec-info';

const exec: ExecConfig = { apiVersion: 'client.authentication.k8s.io/v1beta1', command: 'login' };
const cluster: ClusterWithExecConfig = { name: 'c', server: 'https://api.example:6443', skipTLSVerify: false };

describe('execInfo (KUBERNETES_EXEC_INFO)', () => {
  it('says only "not interactive" unless the kubeconfig asks to provide cluster info', () => {
    expect(JSON.parse(execInfo(exec, cluster, Buffer.from('CA')))).toEqual({
      apiVersion: exec.apiVersion,
      kind: 'ExecCredential',
      spec: { interactive: false },
    });
  });

  it("gives the cluster in client-go's field names when provideClusterInfo is true", () => {
    const full = {
      ...cluster,
      tlsServerName: 'kubernetes',
      skipTLSVerify: true,
      proxyUrl: 'http://proxy:3128',
      execConfig: { audience: 'berth' },
    };
    expect(JSON.parse(execInfo({ ...exec, provideClusterInfo: true }, full, Buffer.from('CA')))).toEqual({
      apiVersion: exec.apiVersion,
      kind: 'ExecCredential',
      spec: {
        interactive: false,
        cluster: {
          server: 'https://api.example:6443',
          'tls-server-name': 'kubernetes',
          'insecure-skip-tls-verify': true,
          'certificate-authority-data': Buffer.from('CA').toString('base64'),
          'proxy-url': 'http://proxy:3128',
          config: { audience: 'berth' },
        },
      },
    });
    expect(
      (JSON.parse(execInfo({ ...exec, provideClusterInfo: true }, cluster, null)) as { spec: { cluster: unknown } })
        .spec.cluster,
    ).toEqual({ server: 'https://api.example:6443' });
  });
});
