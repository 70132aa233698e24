// client-node turns every list into model classes (ObjectSerializer.deserialize, about 7 ms per 1,000 secrets) only for
// the BFF to read a few fields and drop them; list routes read the API server's JSON as it is instead.
import type { KubeConfig } from '@kubernetes/client-node';
import { kubeRequestText } from './kube-request';

/** A client-node model as the API server sends it: the same fields, with timestamps as RFC 3339 strings. */
export type JsonOf<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? JsonOf<U>[]
    : T extends object
      ? { [K in keyof T]: JsonOf<T[K]> }
      : T;

/** A client-node model or its JSON: what code reading both a `read*` answer and a `listJson` item accepts. */
export type ModelOrJson<T> = T extends Date
  ? Date | string
  : T extends readonly (infer U)[]
    ? ModelOrJson<U>[]
    : T extends object
      ? { [K in keyof T]: ModelOrJson<T[K]> }
      : T;

/** A Kubernetes list (`V1SecretList`, ...) as JSON: its items, and the resourceVersion the list reflects ('' if none). */
export interface ListJson<Item> {
  items: JsonOf<Item>[];
  resourceVersion: string;
}

/** A list as the API server may send it: empty `items` are omitted, and kube-apiserver 1.20 sends `null` for them. */
export interface ListAnswer<Item> {
  items?: Item[] | null;
  metadata?: { resourceVersion?: string } | null;
}

/** The items of a list answer, client-node's or raw; no list, or no or null `items`, is an empty list. */
export function itemsOf<Item>(list: ListAnswer<Item> | null | undefined): Item[] {
  const items = list?.items;
  return Array.isArray(items) ? items : [];
}

/** A list response's text as a list whose `items` is always an array. */
export function parseListJson<Item>(text: string): ListJson<Item> {
  const list = JSON.parse(text) as ListAnswer<JsonOf<Item>> | null;
  return { items: itemsOf(list), resourceVersion: list?.metadata?.resourceVersion ?? '' };
}

/**
 * A field selector asking for `field` equal to `value` exactly. The value is escaped as the API server's
 * fields.EscapeValue does: unescaped, a `,` would start another requirement and a leading `=` make it `==`.
 */
export function fieldEquals(field: string, value: string): string {
  return `${field}=${value.replace(/[\\,=]/g, (char) => `\\${char}`)}`;
}

/** Only each item's metadata (as `kubectl get -o name` and the garbage collector ask), where a list needs no more. */
export const metadataOnly = 'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1';

/**
 * GET `path` (e.g. `/api/v1/namespaces/ns/secrets`) with the kubeconfig's credentials and connections, parsed as JSON.
 * Failures throw the `ApiException` client-node throws, so the error middleware maps them as before.
 */
export async function listJson<Item>(
  kubeConfig: KubeConfig,
  path: string,
  query: Record<string, string> = {},
  accept = 'application/json',
): Promise<ListJson<Item>> {
  return parseListJson<Item>(await kubeRequestText(kubeConfig, { method: 'GET', path, query, accept }));
}
