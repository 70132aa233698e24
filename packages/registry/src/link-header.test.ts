import { describe, expect, it } from 'vitest';
import { nextLink } from './link-header';

describe('nextLink', () => {
  it.each([
    ['</v2/_catalog?last=b&n=2>; rel="next"', '/v2/_catalog?last=b&n=2'],
    ['</v2/_catalog?last=b&n=2>; rel=next', '/v2/_catalog?last=b&n=2'],
    [
      '</v2/a/tags/list?n=1&last=v1>;rel="prev", </v2/a/tags/list?n=1&last=v2>; rel="next"',
      '/v2/a/tags/list?n=1&last=v2',
    ],
    [
      '<https://r.example.com/v2/_catalog?last=x>; title="a, b"; REL="last next"',
      'https://r.example.com/v2/_catalog?last=x',
    ],
  ])('reads %s', (header, target) => {
    expect(nextLink(header)).toBe(target);
  });

  it.each([undefined, '', '</v2/_catalog?last=b>; rel="prev"', '</v2/_catalog', 'rel="next"'])(
    'finds no next page in %s',
    (header) => {
      expect(nextLink(header)).toBeUndefined();
    },
  );
});
