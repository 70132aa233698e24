import type { ChangeType } from '@berth/contracts';
import { sameJson } from './same-json';

export interface Named {
  name: string;
}

/** The latest change the stream reported for one object. */
export interface Change<T> {
  type: ChangeType;
  object: T;
}

// Same order as String#localeCompare, without its per-call setup.
const byName = new Intl.Collator().compare;
// Where each name sits in a cached list; rebuilt only when the list itself is replaced.
const indexes = new WeakMap<readonly Named[], Map<string, number>>();

function indexOf(items: readonly Named[]): Map<string, number> {
  let index = indexes.get(items);
  if (index === undefined) {
    index = new Map(items.map((item, i) => [item.name, i]));
    indexes.set(items, index);
  }
  return index;
}

/**
 * A list sorted by name with a batch of changes applied: one copy and at most one sort for the whole batch.
 * Answers `items` itself when nothing differs (a replayed `added`, an unchanged `modified`), so nothing re-renders.
 */
export function mergeByName<T extends Named>(items: T[], changes: ReadonlyMap<string, Change<T>>): T[] {
  const index = indexOf(items);
  const replaced = new Map<number, T>();
  const removed = new Set<number>();
  const added: T[] = [];
  for (const [name, change] of changes) {
    const at = index.get(name);
    if (change.type === 'deleted') {
      if (at !== undefined) removed.add(at);
    } else if (at === undefined) {
      added.push(change.object);
    } else if (!sameJson(items[at], change.object)) {
      replaced.set(at, change.object);
    }
  }
  if (replaced.size === 0 && removed.size === 0 && added.length === 0) return items;
  const next: T[] = [];
  items.forEach((item, i) => {
    if (!removed.has(i)) next.push(replaced.get(i) ?? item);
  });
  if (added.length === 0) return next;
  next.push(...added);
  return next.sort((a, b) => byName(a.name, b.name));
}
