import type { StreamMessage } from '@berth/contracts';
import type { StreamCacheWriter } from './stream-cache-writer';
import { parseStreamMessage } from './stream-message';
import { nextFrame, nextTask } from './yield-to-browser';
import { StreamBatch } from './stream-batch';

// Chromium hands a whole received chunk of the stream to the page in one task (thousands of messages when it opens),
// so reading is deferred and cut into slices that each stay well under a 50 ms long task.
const sliceMs = 8;

/** Takes the stream's raw messages as they come, and reads and writes them into the cache a slice at a time. */
export class StreamInbox {
  private readonly received: string[] = [];
  private read = 0;
  private readonly batch = new StreamBatch();
  private cancel: (() => void) | undefined;

  constructor(
    private readonly writer: StreamCacheWriter,
    private readonly onStatus: (message: Extract<StreamMessage, { kind: 'status' }>) => void,
  ) {}

  receive(data: string): void {
    this.received.push(data);
    this.cancel ??= nextFrame(this.flush);
  }

  close(): void {
    this.cancel?.();
    this.cancel = undefined;
  }

  private readonly flush = (): void => {
    this.cancel = undefined;
    const deadline = performance.now() + sliceMs;
    while (this.read < this.received.length && performance.now() < deadline) {
      const message = parseStreamMessage(this.received[this.read] ?? '');
      this.read += 1;
      if (message?.kind === 'status') this.onStatus(message);
      if (message !== undefined) this.batch.add(message);
    }
    const more = this.read < this.received.length;
    if (!more) {
      this.received.length = 0;
      this.read = 0;
    }
    const waiting = this.writer.write(this.batch);
    // The rest of a burst goes on in a task of its own; list changes that wait for an answer are tried each frame.
    if (more) this.cancel = nextTask(this.flush);
    else if (waiting) this.cancel = nextFrame(this.flush);
  };
}
