import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { applyStreamMessage, parseStreamMessage, streamEventNames } from './apply-watch-event';
import { namespacePath } from './fetch-json';
import { queryKeys } from './query-keys';

export type StreamState = 'connecting' | 'live' | 'reconnecting' | 'unsupported';

/** Keep the namespace's cached lists live from the BFF's SSE stream; after a gap, refetch what may have been missed. */
export function useNamespaceStream(namespace: string): StreamState {
  const client = useQueryClient();
  const supported = typeof EventSource !== 'undefined';
  const [state, setState] = useState<StreamState>(supported ? 'connecting' : 'unsupported');

  useEffect(() => {
    if (!supported) return;
    const source = new EventSource(namespacePath(namespace, 'stream'));
    let hadGap = false;
    const onMessage = (event: MessageEvent<string>) => {
      const message = parseStreamMessage(event.data);
      if (message === undefined) return;
      if (message.kind === 'status') setState(message.state === 'connected' ? 'live' : 'reconnecting');
      applyStreamMessage(client, namespace, message);
    };
    source.onopen = () => {
      setState('live');
      // Events sent while we were disconnected are gone: fall back to invalidating the namespace.
      if (hadGap) void client.invalidateQueries({ queryKey: queryKeys.namespace(namespace) });
    };
    source.onerror = () => {
      hadGap = true;
      setState('reconnecting');
    };
    source.onmessage = onMessage;
    for (const name of streamEventNames) source.addEventListener(name, onMessage);
    return () => source.close();
  }, [client, namespace, supported]);

  return state;
}
