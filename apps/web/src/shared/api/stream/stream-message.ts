import { streamMessage, type StreamMessage } from '@berth/contracts';

/** The SSE `event:` names the BFF sends (it repeats the message's `kind`). */
export const streamEventNames = [
  'deployment',
  'statefulset',
  'daemonset',
  'job',
  'cronjob',
  'pod',
  'event',
  'secret',
  'status',
] as const;

/** Read one SSE `data` against the contract; anything else is ignored. */
export function parseStreamMessage(data: string): StreamMessage | undefined {
  try {
    const parsed = streamMessage.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
