// The node agent as a supervised service of the local cluster.
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import type { ServiceSpec } from '../service';
import { toFlags, type NodeAgentOptions } from './flags';
import { defaultNodeName, isNodeUsable } from './node-object';

export type { NodeAgentOptions } from './flags';

const mainPath = fileURLToPath(new URL('./main.ts', import.meta.url));
// Resolved here, so the agent starts whatever the supervisor's working directory is.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** True once the Node exists, is Ready with a fresh heartbeat, and carries no not-ready taint. */
export async function isNodeReady(kubeconfigPath: string, nodeName = defaultNodeName): Promise<boolean> {
  try {
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromFile(kubeconfigPath);
    const node = await kubeConfig.makeApiClient(CoreV1Api).readNode({ name: nodeName });
    return isNodeUsable(node, new Date());
  } catch {
    return false;
  }
}

/** `nodeName`: the Node it registers (BERTH_NODE_NAME in its environment); `berth-local-node` by default. */
export function nodeAgentService(options: NodeAgentOptions, nodeName = defaultNodeName): ServiceSpec {
  return {
    name: 'node-agent',
    command: process.execPath,
    args: ['--import', tsxLoader, mainPath, ...toFlags(options)],
    ...(nodeName === defaultNodeName ? {} : { env: { BERTH_NODE_NAME: nodeName } }),
    isReady: () => isNodeReady(options.kubeconfigPath, nodeName),
    address: nodeName,
  };
}
