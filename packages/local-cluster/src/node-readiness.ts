// The node agent is ready when the Node is Ready by *its* heartbeat: a Node left by the previous run still looks fresh.
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import type { ServiceSpec } from './service';

async function readyHeartbeat(kubeconfigPath: string, nodeName: string): Promise<number | undefined> {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(kubeconfigPath);
  const node = await kubeConfig.makeApiClient(CoreV1Api).readNode({ name: nodeName });
  const ready = node.status?.conditions?.find((condition) => condition.type === 'Ready');
  return ready?.lastHeartbeatTime ? new Date(ready.lastHeartbeatTime).getTime() : undefined;
}

/** Wraps the agent's own check; heartbeat times have whole-second precision, hence the rounding down. */
export function readyAfterOwnHeartbeat(spec: ServiceSpec, kubeconfigPath: string, nodeName: string): ServiceSpec {
  let since = 0;
  return {
    ...spec,
    isReady: async () => {
      since ||= Math.floor(Date.now() / 1000) * 1000;
      if (!(await spec.isReady())) return false;
      const heartbeat = await readyHeartbeat(kubeconfigPath, nodeName).catch(() => undefined);
      return heartbeat !== undefined && heartbeat >= since;
    },
  };
}
