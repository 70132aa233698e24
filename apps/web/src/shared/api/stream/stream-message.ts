import { streamMessage, streamMessageKinds, type StreamMessage } from '@berth/contracts';

/** The SSE `event:` names the BFF sends (each message's `kind`). */
export const streamEventNames = streamMessageKinds;

/** Read one SSE `data` against the contract; anything else is ignored. */
export function parseStreamMessage(data: string): StreamMessage | undefined {
  try {
    const parsed = streamMessage.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
