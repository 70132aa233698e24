import { describe, expect, it } from 'vitest';
import { mergeByName, type Change } from './merge-by-name';

interface Row {
  name: string;
  value: number;
}

const rows = (...names: string[]): Row[] => names.map((name) => ({ name, value: 0 }));
const changes = (...list: [string, Change<Row>['type'], number?][]) =>
  new Map(list.map(([name, type, value = 0]) => [name, { type, object: { name, value } }]));

describe('mergeByName', () => {
  it('answers the same list when every change is a replay of what it holds', () => {
    const items = rows('a', 'b', 'c');
    expect(mergeByName(items, changes(['a', 'added'], ['b', 'modified'], ['c', 'added']))).toBe(items);
  });

  it('applies adds, modifications and deletes of one batch and keeps the list sorted by name', () => {
    const items = rows('b', 'd', 'f');
    const next = mergeByName(
      items,
      changes(['e', 'added'], ['a', 'added'], ['d', 'modified', 7], ['f', 'deleted'], ['zz', 'deleted']),
    );
    expect(next).toEqual([
      { name: 'a', value: 0 },
      { name: 'b', value: 0 },
      { name: 'd', value: 7 },
      { name: 'e', value: 0 },
    ]);
    // Untouched rows keep their identity, so their table rows need no re-render.
    expect(next[1]).toBe(items[0]);
    expect(items).toEqual(rows('b', 'd', 'f'));
  });

  it('treats a modification of an unknown name as an add (the list may predate it)', () => {
    expect(mergeByName(rows('b'), changes(['a', 'modified', 1]))).toEqual([
      { name: 'a', value: 1 },
      { name: 'b', value: 0 },
    ]);
  });

  it('merges 5,000 changes into 5,000 rows in well under a frame', () => {
    const names = Array.from({ length: 5_000 }, (_, i) => `secret-${String(i).padStart(5, '0')}`);
    const items = rows(...names);
    const replay = changes(...names.map((n): [string, 'added'] => [n, 'added']));
    const started = performance.now();
    expect(mergeByName(items, replay)).toBe(items);
    const grown = mergeByName(items, changes(...names.map((n): [string, 'added'] => [`${n}-new`, 'added'])));
    expect(grown).toHaveLength(10_000);
    expect(grown[1]?.name).toBe('secret-00000-new');
    expect(performance.now() - started).toBeLessThan(200);
  });
});
