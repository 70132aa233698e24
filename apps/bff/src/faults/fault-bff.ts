// What the watch-fault tests share: a BFF whose debug log is kept, and the secrets its stream and the cluster show.
import type { Server } from 'node:http';
import type { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../app';
import { InformerHub } from '../watch/informer-hub';
import { startApiServerProxy, type ApiServerProxy } from '@berth/local-cluster/testing';
import { adminKubeConfig, kubectl, kubectlCreateSecret, testNamespace } from '../testing/cluster';
import { captureLogs } from '../testing/log-capture';
import type { StreamClient } from '../testing/sse-client';

export interface FaultBff {
  server: Server;
  hub: InformerHub;
  /** Every log line so far, parsed. */
  logLines: (message: string) => Array<Record<string, unknown>>;
  close: () => Promise<void>;
}

/** A BFF on `kubeConfig` with its own informers, logging at debug so a test can read what its watches did. */
export async function startFaultBff(kubeConfig: KubeConfig): Promise<FaultBff> {
  const logs = captureLogs();
  logs.logger.level = 'debug';
  const hub = new InformerHub(logs.logger);
  const server = createApp({ kubeConfig, logger: logs.logger, informers: hub }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const logLines = (message: string) =>
    logs
      .text()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.msg === message);
  const close = async () => {
    await hub.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return { server, hub, logLines, close };
}

/** A fault BFF that reaches `target` through a proxy the test can cut; closing the BFF closes the proxy too. */
export async function startProxiedFaultBff(target: KubeConfig): Promise<{ proxy: ApiServerProxy; bff: FaultBff }> {
  const proxy = await startApiServerProxy(target);
  const bff = await startFaultBff(proxy.kubeConfig);
  const closeBff = bff.close;
  return { proxy, bff: { ...bff, close: async () => (await closeBff(), await proxy.close()) } };
}

/** A fresh namespace and a proxied fault BFF on the shared cluster for the calling suite; both go after it. */
export function proxiedFaultSuite(namespacePrefix: string): {
  namespace: string;
  started: () => { proxy: ApiServerProxy; bff: FaultBff };
} {
  const namespace = testNamespace(namespacePrefix);
  let started: { proxy: ApiServerProxy; bff: FaultBff } | undefined;
  beforeAll(async () => {
    await namespace.create();
    started = await startProxiedFaultBff(adminKubeConfig());
  });
  afterAll(async () => {
    await started?.bff.close();
    await namespace.remove();
  });
  return {
    namespace: namespace.name,
    started: () => {
      if (!started) throw new Error('the fault BFF is used before beforeAll started it');
      return started;
    },
  };
}

/** The secrets a stream shows now: the last message about each name decides whether it is still there. */
export function streamedSecrets(stream: StreamClient): string[] {
  const last = new Map<string, string>();
  for (const message of stream.messages) if (message.kind === 'secret') last.set(message.object.name, message.type);
  return [...last]
    .filter(([, type]) => type !== 'deleted')
    .map(([name]) => name)
    .sort();
}

export function streamDeleted(stream: StreamClient, name: string): boolean {
  return stream.messages.some(
    (message) => message.kind === 'secret' && message.type === 'deleted' && message.object.name === name,
  );
}

/** What `kubectl get secrets` lists, through the shared API server. */
export async function clusterSecrets(namespace: string): Promise<string[]> {
  const names = await kubectl(['-n', namespace, 'get', 'secrets', '-o', 'jsonpath={.items[*].metadata.name}']);
  return names.split(/\s+/).filter(Boolean).sort();
}

export function createSecret(namespace: string, name: string): Promise<string> {
  return kubectlCreateSecret(namespace, 'generic', name, ['--from-literal=note=fault-test']);
}
