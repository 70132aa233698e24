import { describe, expect, it } from 'vitest';
import { describeCrash } from './crash-report';

const failure = new Error('the API server went away');

describe('describeCrash', () => {
  it.each([
    { thrown: failure, says: [/^Error: the API server went away\n {4}at /] },
    {
      thrown: new TypeError('fetch failed', { cause: failure }),
      says: [/^TypeError: fetch failed\n/, /\ncaused by: Error: the API server went away\n {4}at /],
    },
    { thrown: 'a string', says: [/^string thrown: a string$/] },
    { thrown: Object.create(null) as object, says: [/^object thrown: \[object Object\]$/] },
  ])('says what was thrown and where: $thrown', ({ thrown, says }) => {
    for (const pattern of says) expect(describeCrash(thrown)).toMatch(pattern);
  });

  it('stops following causes after three', () => {
    const loop = new Error('loop');
    loop.cause = loop;
    expect(describeCrash(loop).match(/caused by/g)).toHaveLength(3);
  });
});
