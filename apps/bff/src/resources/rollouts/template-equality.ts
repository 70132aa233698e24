// Pod templates compared as kubectl compares them before an undo (rollback.go): equalIgnoreHash for a Deployment and
// its ReplicaSets (apimachinery's Semantic.DeepEqual, where nil and empty are equal), the recorded patch's bytes for a
// StatefulSet's or DaemonSet's ControllerRevision (the JSON is the same whatever order its keys come in).

/** The ReplicaSet label that makes each template's pods distinct; never part of what a revision is. */
export const podTemplateHashLabel = 'pod-template-hash';

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Semantic.DeepEqual over JSON: a missing field, null, {} and [] are all "nothing". */
const empty = (value: Json) =>
  value === undefined ||
  value === null ||
  (Array.isArray(value) && value.length === 0) ||
  (isObject(value) && Object.keys(value).length === 0);

export function semanticEqual(a: Json, b: Json): boolean {
  if (empty(a) && empty(b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => semanticEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => semanticEqual(a[key], b[key]));
  }
  return a === b;
}

/** Exactly the same JSON, key order aside (kubectl compares the bytes of two sorted-key encodings). */
export function sameJson(a: Json, b: Json): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameJson(a[key], b[key]));
  }
  return a === b;
}

/** A template with `pod-template-hash` dropped from its labels, the rest untouched (a copy). */
export function withoutHashLabel<T extends { metadata?: { labels?: Record<string, string> } }>(template: T): T {
  const copy = structuredClone(template);
  if (copy.metadata?.labels) delete copy.metadata.labels[podTemplateHashLabel];
  return copy;
}

/** kubectl's equalIgnoreHash. */
export function equalIgnoreHash(
  a: { metadata?: { labels?: Record<string, string> } } | undefined,
  b: { metadata?: { labels?: Record<string, string> } } | undefined,
): boolean {
  return semanticEqual(a && withoutHashLabel(a), b && withoutHashLabel(b));
}
