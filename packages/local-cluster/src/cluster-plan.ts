// Which ports, etcd prefix, names and state dir each local cluster gets: cluster 1 as always, cluster N beside it.
import path from 'node:path';
import { membersDir } from './paths';
import { defaultRegistryPorts, type RegistryPorts } from './registries/prepare-registries';

/** Every port the local cluster set listens on; cluster N's kube-apiserver takes `apiserver + N - 1` (6443, 6444, …). */
export interface LocalClusterPorts {
  apiserver: number;
  etcdClient: number;
  etcdPeer: number;
  registries: RegistryPorts;
  /** Cluster N's node agent serves the kubelet's log endpoint on `kubelet + N - 1` (10250, 10251, …); absent in older state. */
  kubelet?: number;
}

export const defaultPorts: LocalClusterPorts = {
  apiserver: 6443,
  etcdClient: 23790,
  etcdPeer: 23800,
  registries: defaultRegistryPorts,
  kubelet: 10250,
};

/** Cluster 1 plus at most this many more: the apiservers keep to 6443-6449 by default. */
export const maxClusters = 7;

export interface ClusterPlan {
  index: number;
  /** The kubeconfig cluster name: `berth-local`, `berth-local-2`, … */
  name: string;
  apiserverUrl: string;
  apiserverPort: number;
  /** kube-apiserver --etcd-prefix: cluster 1 keeps the default `/registry`, so its data stays where it is. */
  etcdPrefix: string;
  etcdUrl: string;
  /** Its own state (PKI, tokens, kubeconfig, logs, cluster.json) under the first cluster's state dir. */
  stateDir: string;
  nodeName: string;
  /** Its node agent's kubelet port (container logs): 10250, 10251, … */
  kubeletPort: number;
}

export function clusterPlan(index: number, rootStateDir: string, ports: LocalClusterPorts = defaultPorts): ClusterPlan {
  if (!Number.isInteger(index) || index < 1 || index > maxClusters)
    throw new Error(`clusters must be a whole number from 1 to ${maxClusters}, not ${String(index)}`);
  const first = index === 1;
  const name = first ? 'berth-local' : `berth-local-${index}`;
  const apiserverPort = ports.apiserver + index - 1;
  return {
    index,
    name,
    apiserverUrl: `https://127.0.0.1:${apiserverPort}`,
    apiserverPort,
    etcdPrefix: first ? '/registry' : `/${name}`,
    etcdUrl: `http://127.0.0.1:${ports.etcdClient}`,
    stateDir: first ? rootStateDir : path.join(rootStateDir, membersDir, String(index)),
    nodeName: `${name}-node`,
    kubeletPort: (ports.kubelet ?? 10250) + index - 1,
  };
}

/** `--clusters 2` (or `--clusters=2`); 1 when absent. */
export function clusterCountFlag(flags: readonly string[]): number {
  const at = flags.findIndex((flag) => flag === '--clusters' || flag.startsWith('--clusters='));
  if (at < 0) return 1;
  const text = flags[at]?.includes('=') ? flags[at].slice('--clusters='.length) : flags[at + 1];
  const count = Number(text);
  if (!text || !Number.isInteger(count) || count < 1 || count > maxClusters)
    throw new Error(`--clusters wants a whole number from 1 to ${maxClusters}, not "${text ?? ''}"`);
  return count;
}
