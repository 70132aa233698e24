import type { z } from 'zod';

/** An issue at `[list, i, field]` for each entry whose `field` an earlier entry of the list already has. */
export function repeatedEntries<Field extends string>(
  entries: readonly Record<Field, string>[],
  list: string,
  field: Field,
  message: string,
): z.core.$ZodRawIssue[] {
  const seen = new Set<string>();
  return entries.flatMap((entry, i) => {
    const value = entry[field];
    const repeated = seen.has(value);
    seen.add(value);
    return repeated ? [{ code: 'custom' as const, message, path: [list, i, field], input: value }] : [];
  });
}
