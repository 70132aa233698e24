// The credentials of exec plugins, kept until they expire, with one run at a time per plugin shared by every request
// waiting on it (client-go's exec authenticator does the same under a mutex). client-node 2.0.1 kept one per KubeConfig
// and started a plugin per waiting request: 20 parallel requests after expiry started 20 plugins.
import { createHash } from 'node:crypto';
import type { ExecCredentialStatus } from './exec-info';

interface Kept {
  status: ExecCredentialStatus;
  /** Epoch ms from `status.expirationTimestamp`; undefined: valid until Berth stops, as in client-go. */
  expiresAt: number | undefined;
}

/** Process-wide: one entry per distinct plugin configuration (command, args, env, cluster info), a handful at most. */
const kept = new Map<string, Kept>();
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
 * that arrive while it runs. A failure is not kept: the next request runs the plugin again (after `aws sso login`).
 */
export function execCredential(
  key: string,
  run: () => Promise<ExecCredentialStatus>,
  now: () => number = Date.now,
): Promise<ExecCredentialStatus> {
  const entry = kept.get(key);
  if (usable(entry, now())) return Promise.resolve(entry.status);
  const inFlight = running.get(key);
  if (inFlight !== undefined) return inFlight;
  const started = run()
    .then((status) => {
      const expiry = status.expirationTimestamp === undefined ? undefined : Date.parse(status.expirationTimestamp);
      kept.set(key, { status, expiresAt: expiry });
      return status;
    })
    .finally(() => running.delete(key));
  running.set(key, started);
  return started;
}
