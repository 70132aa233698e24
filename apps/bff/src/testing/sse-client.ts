import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { streamMessage, type StreamMessage } from '@berth/contracts';

export interface StreamClient {
  messages: StreamMessage[];
  raw: () => string;
  close: () => void;
  /** True once the server ended the response. */
  ended: () => boolean;
}

/**
 * A browser-like EventSource: reads `/api/namespaces/:ns/stream` (under `basePath`; `cluster` names one of the
 * kubeconfig's contexts, `/api/clusters/{cluster}/namespaces/...`) from a listening server, parsing every message.
 */
export function connectStream(
  server: Server,
  namespace: string,
  headers: Record<string, string> = {},
  basePath = '/',
  cluster?: string,
): StreamClient {
  const api = cluster === undefined ? 'api' : `api/clusters/${encodeURIComponent(cluster)}`;
  const { port } = server.address() as AddressInfo;
  const controller = new AbortController();
  const messages: StreamMessage[] = [];
  let text = '';
  let ended = false;
  void (async () => {
    const response = await fetch(`http://127.0.0.1:${port}${basePath}${api}/namespaces/${namespace}/stream`, {
      signal: controller.signal,
      headers,
    });
    if (response.body === null) return;
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of response.body) {
      const piece = decoder.decode(chunk as Uint8Array, { stream: true });
      text += piece;
      buffer += piece;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const data = buffer
          .slice(0, end)
          .split('\n')
          .find((line) => line.startsWith('data: '));
        buffer = buffer.slice(end + 2);
        if (data) messages.push(streamMessage.parse(JSON.parse(data.slice(6))));
      }
    }
    ended = true;
  })().catch(() => undefined);
  return { messages, raw: () => text, close: () => controller.abort(), ended: () => ended };
}
