import { streamMessage, type StreamMessage } from '@berth/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from './query-keys';

/** The SSE `event:` names the BFF sends (it repeats the message's `kind`). */
export const streamEventNames = ['deployment', 'pod', 'event', 'secret', 'status'] as const;

interface Named {
  name: string;
}

function upsert<T extends Named>(items: T[], item: T, type: 'added' | 'modified' | 'deleted'): T[] {
  const rest = items.filter((i) => i.name !== item.name);
  return type === 'deleted' ? rest : [...rest, item].sort((a, b) => a.name.localeCompare(b.name));
}

/** Read one SSE `data` against the contract; anything else is ignored. */
export function parseStreamMessage(data: string): StreamMessage | undefined {
  try {
    const parsed = streamMessage.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Write summaries into the cached lists; pods and events only show on details, which are invalidated instead. */
export function applyStreamMessage(client: QueryClient, namespace: string, message: StreamMessage): void {
  switch (message.kind) {
    case 'secret': {
      const secret = message.object;
      client.setQueryData(queryKeys.secrets(namespace), (old: { items: (typeof secret)[] } | undefined) =>
        old === undefined ? old : { items: upsert(old.items, secret, message.type) },
      );
      void client.invalidateQueries({ queryKey: queryKeys.secret(namespace, secret.name) });
      return;
    }
    case 'deployment': {
      const deployment = message.object;
      client.setQueryData(queryKeys.deployments(namespace), (old: { items: (typeof deployment)[] } | undefined) =>
        old === undefined ? old : { items: upsert(old.items, deployment, message.type) },
      );
      void client.invalidateQueries({ queryKey: queryKeys.deployment(namespace, deployment.name) });
      return;
    }
    case 'pod':
      if (message.deployment !== undefined) {
        void client.invalidateQueries({ queryKey: queryKeys.deployment(namespace, message.deployment) });
        return;
      }
      break;
    case 'status':
      return;
    case 'event':
      break;
  }
  // An event (or an unowned pod) may belong to any workload: refresh the open details, not the lists.
  void client.invalidateQueries({
    queryKey: queryKeys.deployments(namespace),
    predicate: (q) => q.queryKey.length === 4,
  });
}
