// Resource versions are opaque in the API contract, and Berth never orders them for its users. The lister alone compares
// them, to know whether a watch cache has caught up with a write: on an etcd-backed API server a resourceVersion is the
// etcd revision of the change (a uint64 that only grows, one counter for the whole store), and kube-apiserver's own
// consistent reads from cache (KEP-2340) compare them as numbers in the same way. Anything else is "unknown": callers
// then read the API server instead of guessing.

/** An etcd revision, or undefined when the text is not a plain positive decimal number. */
export function revisionOf(resourceVersion: string | undefined): bigint | undefined {
  if (resourceVersion === undefined || !/^[1-9][0-9]{0,19}$/.test(resourceVersion)) return undefined;
  return BigInt(resourceVersion);
}

/** Whether `seen` reflects everything up to `wanted`: true, false, or undefined when either does not parse. */
export function reaches(seen: string, wanted: string): boolean | undefined {
  const have = revisionOf(seen);
  const want = revisionOf(wanted);
  if (have === undefined || want === undefined) return undefined;
  return have >= want;
}
