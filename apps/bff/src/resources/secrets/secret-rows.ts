// Decoding each .dockerconfigjson for its registries was a quarter of a 1,000-secret list's time (bench/README.md),
// and between two lists almost every secret is unchanged, so each row's JSON is kept while its resourceVersion stays.
import type { V1Secret } from '@kubernetes/client-node';
import { LRUCache } from 'lru-cache';
import type { ModelOrJson } from '../../kube/list-json';
import { toSecretSummary } from './secret-summary';

interface Row {
  resourceVersion: string;
  json: string;
}

/**
 * The JSON of a secret's list row (`SecretSummary`), remembered per uid and resourceVersion.
 * Shared by every identity: a row is only handed out for an object the API server has just returned to that identity,
 * in a list or through its own watch.
 */
export class SecretRows {
  readonly #rows: LRUCache<string, Row>;

  /** `max` rows are kept, the least recently listed dropped first. */
  constructor(max = 20_000) {
    this.#rows = new LRUCache({ max });
  }

  /** The row of one listed secret; secrets without uid or resourceVersion (never from a real API server) are not kept. */
  json(secret: ModelOrJson<V1Secret>): string {
    const uid = secret.metadata?.uid;
    const resourceVersion = secret.metadata?.resourceVersion;
    if (uid === undefined || resourceVersion === undefined) return JSON.stringify(toSecretSummary(secret));
    const kept = this.#rows.get(uid);
    if (kept?.resourceVersion === resourceVersion) return kept.json;
    const json = JSON.stringify(toSecretSummary(secret));
    this.#rows.set(uid, { resourceVersion, json });
    return json;
  }

  /** A list body, `{"items":[...],"resourceVersion":"..."}` (a `SecretList`), from its rows. */
  list(secrets: readonly ModelOrJson<V1Secret>[], resourceVersion: string): string {
    const items = secrets.map((secret) => this.json(secret)).join(',');
    return `{"items":[${items}],"resourceVersion":${JSON.stringify(resourceVersion)}}`;
  }

  get size(): number {
    return this.#rows.size;
  }
}
