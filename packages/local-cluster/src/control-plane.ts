// etcd, kube-apiserver, kube-controller-manager and kube-scheduler as ServiceSpecs, all on loopback.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { KubeBinaries } from './binaries';
import { defaultPorts, type LocalClusterPorts } from './cluster-plan';
import { type StatePaths } from './paths';
import { apiserverCertificate, type ServiceAccountKeys } from './pki';
import { answersOk, httpGetBody } from './probe';
import type { ServiceSpec } from './service';

export const etcdClientUrl = `http://127.0.0.1:${defaultPorts.etcdClient}`;

export function etcdService(paths: StatePaths, ports: LocalClusterPorts = defaultPorts): ServiceSpec {
  const clientUrl = `http://127.0.0.1:${ports.etcdClient}`;
  const peerUrl = `http://127.0.0.1:${ports.etcdPeer}`;
  return {
    name: 'etcd',
    command: '/usr/bin/etcd',
    args: [
      '--name=berth',
      `--data-dir=${paths.etcdData}`,
      `--listen-client-urls=${clientUrl}`,
      `--advertise-client-urls=${clientUrl}`,
      `--listen-peer-urls=${peerUrl}`,
      `--initial-advertise-peer-urls=${peerUrl}`,
      `--initial-cluster=berth=${peerUrl}`,
      // One member: a short election timeout makes it leader in milliseconds instead of a second.
      '--heartbeat-interval=10',
      '--election-timeout=100',
    ],
    isReady: async () => (await httpGetBody(`${clientUrl}/health`))?.body.includes('"health":"true"') ?? false,
    address: clientUrl,
  };
}

/** A second apiserver over the same etcd (fault tests, or another cluster under its own prefix) passes its own port. */
export interface ApiserverOptions {
  port?: number;
  etcdUrl?: string;
  /** Another cluster's keys in the same etcd; kube-apiserver's default is `/registry`. */
  etcdPrefix?: string;
  extraArgs?: string[];
  /** What it presents to the node agent's kubelet port for `pods/log` (--kubelet-client-certificate and -key). */
  kubeletClient?: { certificate: string; key: string };
}

export function apiserverService(
  binaries: Pick<KubeBinaries, 'kubeApiserver'>,
  paths: StatePaths,
  keys: ServiceAccountKeys,
  adminToken: string,
  {
    port = defaultPorts.apiserver,
    etcdUrl = etcdClientUrl,
    etcdPrefix,
    extraArgs = [],
    kubeletClient,
  }: ApiserverOptions = {},
): ServiceSpec {
  const url = `https://127.0.0.1:${String(port)}`;
  return {
    name: 'kube-apiserver',
    command: binaries.kubeApiserver,
    args: [
      `--etcd-servers=${etcdUrl}`,
      ...(etcdPrefix && etcdPrefix !== '/registry' ? [`--etcd-prefix=${etcdPrefix}`] : []),
      `--secure-port=${String(port)}`,
      '--bind-address=127.0.0.1',
      `--cert-dir=${path.dirname(apiserverCertificate(paths.pki))}`,
      `--token-auth-file=${paths.tokenFile}`,
      '--authorization-mode=RBAC',
      `--service-account-key-file=${keys.publicKey}`,
      `--service-account-signing-key-file=${keys.privateKey}`,
      '--service-account-issuer=https://kubernetes.default.svc',
      '--service-cluster-ip-range=10.0.0.0/24',
      // Default admission, ServiceAccount included: a pod naming no pull secret gets its ServiceAccount's, as anywhere.
      ...(kubeletClient
        ? [`--kubelet-client-certificate=${kubeletClient.certificate}`, `--kubelet-client-key=${kubeletClient.key}`]
        : []),
      ...extraArgs,
    ],
    isReady: () => answersOk(`${url}/readyz`, { token: adminToken }),
    address: url,
  };
}

/** kube-controller-manager's controllers that run here: the workload kinds' own and what they lean on. */
export const controllers = [
  'deployment',
  'replicaset',
  'statefulset',
  'daemonset',
  'job',
  'cronjob',
  'namespace',
  'garbagecollector',
  'serviceaccount-token',
  'serviceaccount',
];

export function controllerManagerService(
  binaries: KubeBinaries,
  paths: StatePaths,
  keys: ServiceAccountKeys,
): ServiceSpec {
  const rootCa = apiserverCertificate(paths.pki);
  return {
    name: 'kube-controller-manager',
    command: binaries.kubeControllerManager,
    args: [
      `--kubeconfig=${paths.adminKubeconfig}`,
      // The workload kinds Berth creates (Deployment, StatefulSet, DaemonSet, Job, CronJob) each need their controller.
      `--controllers=${controllers.join(',')}`,
      '--leader-elect=false',
      '--port=0',
      '--secure-port=0',
      `--service-account-private-key-file=${keys.privateKey}`,
      // Put into each service-account token secret as ca.crt, as a real cluster does.
      ...(existsSync(rootCa) ? [`--root-ca-file=${rootCa}`] : []),
    ],
    // It serves no port here (--port=0 --secure-port=0): "running" is the only signal.
    isReady: () => Promise.resolve(true),
  };
}

export function schedulerService(binaries: KubeBinaries, paths: StatePaths): ServiceSpec {
  return {
    name: 'kube-scheduler',
    command: binaries.kubeScheduler,
    args: [`--kubeconfig=${paths.adminKubeconfig}`, '--leader-elect=false', '--port=0', '--secure-port=0'],
    isReady: () => Promise.resolve(true),
  };
}
