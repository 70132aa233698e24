// A real TCP hop between the BFF and the API server that a test can cut and restore: the outage the BFF sees when the
// API server goes away, without stopping the cluster every other test shares.
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { KubeConfig } from '@kubernetes/client-node';

export interface ApiServerProxy {
  /** The same cluster, user and CA as `target`, reached through the proxy. */
  kubeConfig: KubeConfig;
  /** Drops every open connection and refuses new ones, as a stopped API server does. */
  cut: () => Promise<void>;
  restore: () => Promise<void>;
  close: () => Promise<void>;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

export async function startApiServerProxy(target: KubeConfig): Promise<ApiServerProxy> {
  const upstream = new URL(target.getCurrentCluster()?.server ?? '');
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const api = connect(Number(upstream.port || 443), upstream.hostname);
    for (const socket of [client, api]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(api).pipe(client);
  });
  const port = await listen(server, 0);
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (server.listening) server.close(() => resolve());
      else resolve();
    });

  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromOptions({
    clusters: target.clusters.map((cluster) => ({ ...cluster, server: `https://127.0.0.1:${port}` })),
    users: target.users,
    contexts: target.contexts,
    currentContext: target.getCurrentContext(),
  });
  return { kubeConfig, cut: close, restore: async () => void (await listen(server, port)), close };
}
