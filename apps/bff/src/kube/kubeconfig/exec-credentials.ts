// The credentials of exec plugins, kept until they expire, with one run at a time per plugin shared by every request
// waiting on it (client-go's exec authenticator does the same under a mutex). client-node 2.0.1 kept one per KubeConfig
// and started a plugin per waiting request: 20 parallel requests after expiry started 20 plugins. A failure is kept for
// a back-off that doubles: an idle tab's polls re-ran a failing plugin every few seconds, and SSO plugins are slow.
import { createHash } from 'node:crypto';
import type { ExecCredentialStatus } from './exec-info';

interface Kept {
  status: ExecCredentialStatus;
  /** Epoch ms from `status.expirationTimestamp`; undefined: valid until Berth stops, as in client-go. */
  expiresAt: number | undefined;
}

interface Failed {
  error: Error;
  /** Epoch ms until which requests get `error` without a new run. */
  until: number;
  backOffMs: number;
}

/** The first failure is kept this long; each failure after it doubles the wait, up to `maxBackOffMs`. */
export const firstBackOffMs = 2_000;
export const maxBackOffMs = 60_000;

/** Process-wide: one entry per distinct plugin configuration (command, args, env, cluster info), a handful at most. */
const kept = new Map<string, Kept>();
const failed = new Map<string, Failed>();
const running = new Map<string, Promise<ExecCredentialStatus>>();

/** What makes two plugin runs interchangeable: the whole exec stanza and what it is told about the cluster. */
export function execCacheKey(exec: unknown, info: string): string {
  return createHash('sha256')
    .update(JSON.stringify([exec, info]))
    .digest('hex');
}

function usable(entry: Kept | undefined, now: number): entry is Kept {
  return entry !== undefined && (entry.expiresAt === undefined || entry.expiresAt > now);
}

/**
 * The kept credential for `key` while it has not expired; otherwise the one `run` produces, run once for all callers
 * that arrive while it runs. A failure is kept for its back-off (2 s, doubling to 60 s): requests within it get the
 * same error without a run; the first request after it runs the plugin again (after `aws sso login`). A success resets it.
 */
export function execCredential(
  key: string,
  run: () => Promise<ExecCredentialStatus>,
  now: () => number = Date.now,
): Promise<ExecCredentialStatus> {
  const entry = kept.get(key);
  if (usable(entry, now())) return Promise.resolve(entry.status);
  const failure = failed.get(key);
  if (failure !== undefined && now() < failure.until) return Promise.reject(failure.error);
  const inFlight = running.get(key);
  if (inFlight !== undefined) return inFlight;
  const started = run()
    .then((status) => {
      const expiry = status.expirationTimestamp === undefined ? undefined : Date.parse(status.expirationTimestamp);
      kept.set(key, { status, expiresAt: expiry });
      failed.delete(key);
      return status;
    })
    .catch((error: unknown) => {
      const backOffMs = failure === undefined ? firstBackOffMs : Math.min(failure.backOffMs * 2, maxBackOffMs);
      const kept = error instanceof Error ? error : new Error(String(error));
      failed.set(key, { error: kept, until: now() + backOffMs, backOffMs });
      throw kept;
    })
    .finally(() => running.delete(key));
  running.set(key, started);
  return started;
}
