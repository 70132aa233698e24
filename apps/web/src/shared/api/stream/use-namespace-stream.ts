import { streamWatches, type StreamMessage } from '@berth/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { StreamCacheWriter } from './stream-cache-writer';
import { streamEventNames } from './stream-message';
import { underBasePath } from '../base-path';
import { namespacePath } from '../fetch-json';
import { queryKeys } from '../query-keys';
import { StreamInbox } from './stream-inbox';

export type StreamState = 'connecting' | 'live' | 'reconnecting' | 'forbidden' | 'unsupported';

type WatchState = Extract<StreamMessage, { kind: 'status' }>['state'];

// `cronjobs` runs only where the cluster serves CronJobs, so its silence must not keep the stream from "forbidden".
const namespaceWatches = streamWatches.filter((watch) => watch !== 'cronjobs');

/**
 * One word for the namespace's watches: any retrying is reconnecting; forbidden only when RBAC refused all of them
 * (a user who may watch Deployments but not StatefulSets works live here, and the StatefulSets tab says why it is empty).
 */
function streamStateOf(watches: ReadonlyMap<string, WatchState>): StreamState {
  const states = [...watches.values()];
  if (states.includes('reconnecting')) return 'reconnecting';
  return namespaceWatches.every((watch) => watches.get(watch) === 'forbidden') ? 'forbidden' : 'live';
}

/**
 * Keep the namespace's cached lists live from its cluster's SSE stream; after a gap, refetch what may have been missed.
 * A cluster or namespace switch closes the stream and opens the other's: each writes only under its own keys.
 */
export function useNamespaceStream(cluster: string, namespace: string): StreamState {
  const client = useQueryClient();
  const supported = typeof EventSource !== 'undefined';
  const [state, setState] = useState<StreamState>(supported ? 'connecting' : 'unsupported');

  useEffect(() => {
    if (!supported) return;
    const source = new EventSource(underBasePath(namespacePath(cluster, namespace, 'stream')));
    const watches = new Map<string, WatchState>();
    const inbox = new StreamInbox(new StreamCacheWriter(client, cluster, namespace), (status) => {
      watches.set(status.watch, status.state);
      setState(streamStateOf(watches));
    });
    let hadGap = false;
    const onMessage = (event: MessageEvent<string>) => inbox.receive(event.data);
    source.onopen = () => {
      watches.clear();
      setState('live');
      // Events sent while we were disconnected are gone: fall back to invalidating the namespace.
      if (hadGap) void client.invalidateQueries({ queryKey: queryKeys.namespace(cluster, namespace) });
    };
    source.onerror = () => {
      hadGap = true;
      setState('reconnecting');
    };
    source.onmessage = onMessage;
    for (const name of streamEventNames) source.addEventListener(name, onMessage);
    return () => {
      inbox.close();
      source.close();
    };
  }, [client, cluster, namespace, supported]);

  return state;
}
