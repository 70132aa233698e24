import { streamMessage } from '@berth/contracts';
import { describe, expect, it } from 'vitest';
import { streamEventNames } from './stream-message';

describe('streamEventNames', () => {
  it('listens for every kind of message the stream contract has (EventSource drops named events nobody listens for)', () => {
    const kinds = streamMessage.options.map((option) => option.shape.kind.value);
    expect([...streamEventNames].sort()).toEqual([...kinds].sort());
  });
});
