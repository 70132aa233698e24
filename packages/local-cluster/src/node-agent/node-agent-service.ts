// The node agent as a supervised service of the local cluster.
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import type { ServiceSpec } from '../service';
import { toFlags, type NodeAgentOptions } from './flags';
import { isNodeUsable, nodeName } from './node-object';

export { nodeName } from './node-object';
export type { NodeAgentOptions } from './flags';

const mainPath = fileURLToPath(new URL('./main.ts', import.meta.url));
// Resolved here, so the agent starts whatever the supervisor's working directory is.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** True once the Node exists, is Ready with a fresh heartbeat, and carries no not-ready taint. */
export async function isNodeReady(kubeconfigPath: string): Promise<boolean> {
  try {
    const kubeConfig = new KubeConfig();
    kubeConfig.loadFromFile(kubeconfigPath);
    const node = await kubeConfig.makeApiClient(CoreV1Api).readNode({ name: nodeName });
    return isNodeUsable(node, new Date());
  } catch {
    return false;
  }
}

export function nodeAgentService(options: NodeAgentOptions): ServiceSpec {
  return {
    name: 'node-agent',
    command: process.execPath,
    args: ['--import', tsxLoader, mainPath, ...toFlags(options)],
    isReady: () => isNodeReady(options.kubeconfigPath),
    address: nodeName,
  };
}
