import { describe, expect, it } from 'vitest';
import { segment } from './kube-request';

describe('segment', () => {
  it.each(['web', 'web.v2', 'a b', 'x/y'])('encodes %j as one path segment', (value) => {
    expect(decodeURIComponent(segment(value))).toBe(value);
    expect(segment(value)).not.toContain('/');
  });

  // `…/services/` is the collection, and the URL resolves `.` and `..`: a DELETE of any would reach more than one object.
  it.each(['', '.', '..'])('refuses %j, which would name the collection or its parent', (value) => {
    expect(() => segment(value)).toThrow(/cannot name one object/);
  });
});
