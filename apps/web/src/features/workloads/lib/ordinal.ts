/** A StatefulSet's pods as its controller numbers them (`web-0`, `web-1`, … `web-10`), not as strings sort. */
export function inOrdinalOrder<T extends { name: string }>(pods: readonly T[]): T[] {
  const ordinal = (name: string) => Number(/-(\d+)$/.exec(name)?.[1] ?? Number.POSITIVE_INFINITY);
  return [...pods].sort((a, b) => ordinal(a.name) - ordinal(b.name) || (a.name < b.name ? -1 : 1));
}
