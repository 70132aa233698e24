import type { KubeConfig } from '@kubernetes/client-node';
import { SharedConnectionsKubeConfig } from './shared-connections';

/** Thrown when the kubeconfig cannot name a cluster to talk to. */
export class KubeConfigError extends Error {
  override readonly name = 'KubeConfigError';
}

/** Load exactly this kubeconfig file; unlike `loadFromDefault()` never fall back to localhost:8080. */
export function loadKubeConfig(file: string, context?: string): KubeConfig {
  const kubeConfig = new SharedConnectionsKubeConfig();
  try {
    kubeConfig.loadFromFile(file);
  } catch (error) {
    throw new KubeConfigError(`Cannot read kubeconfig ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (context !== undefined) {
    if (kubeConfig.getContextObject(context) === null) throw new KubeConfigError(`Context ${context} is not in ${file}`);
    kubeConfig.setCurrentContext(context);
  }
  if (kubeConfig.getCurrentContext() === '' || kubeConfig.getContextObject(kubeConfig.getCurrentContext()) === null) {
    throw new KubeConfigError(`${file} has no current context; pass --context`);
  }
  if (kubeConfig.getCurrentCluster() === null) {
    throw new KubeConfigError(`Context ${kubeConfig.getCurrentContext()} in ${file} names no cluster`);
  }
  return kubeConfig;
}
