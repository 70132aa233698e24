// A real TCP hop between the BFF and an API server that a test can cut, restore and count connections through: the
// network faults the BFF sees, without touching the API server every other test shares.
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { KubeConfig } from '@kubernetes/client-node';

/** One TCP connection the BFF opened through the proxy. */
export interface ProxiedConnection {
  openedAt: number;
  closedAt?: number;
  /** Reset at once because the proxy was refusing. */
  refused: boolean;
}

export interface ApiServerProxy {
  /** The same cluster, user and CA as `target`, reached through the proxy. */
  kubeConfig: KubeConfig;
  /** Drops every open connection and refuses new ones, as a stopped API server does. */
  cut: () => Promise<void>;
  /** Drops every open connection (a network blip) and keeps accepting new ones. */
  dropConnections: () => void;
  /** Drops every open connection and resets each new one at once while still listening, so attempts can be counted. */
  refuse: () => void;
  /** Ends a cut or a refusal. */
  restore: () => Promise<void>;
  /** Every connection so far, in the order they were opened. */
  connections: () => readonly ProxiedConnection[];
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
  const connections: ProxiedConnection[] = [];
  let refusing = false;
  const server = createServer((client) => {
    const record: ProxiedConnection = { openedAt: Date.now(), refused: refusing };
    connections.push(record);
    client.on('close', () => (record.closedAt = Date.now()));
    if (refusing) {
      client.resetAndDestroy();
      return;
    }
    const api = connect(Number(upstream.port || 443), upstream.hostname);
    for (const socket of [client, api]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(api).pipe(client);
  });
  const port = await listen(server, 0);
  const dropConnections = () => {
    for (const socket of sockets) socket.destroy();
  };
  const cut = () =>
    new Promise<void>((resolve) => {
      dropConnections();
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
  return {
    kubeConfig,
    cut,
    dropConnections,
    refuse: () => {
      refusing = true;
      dropConnections();
    },
    restore: async () => {
      refusing = false;
      if (!server.listening) await listen(server, port);
    },
    connections: () => connections,
    close: async () => {
      refusing = false;
      await cut();
    },
  };
}
