// A client-node Watch that asks for watches the way client-go's reflector does, so a healthy watch lives for minutes.
import { type KubeConfig, Watch } from '@kubernetes/client-node';
import type { Logger } from 'pino';
import { statusCodeOf } from '../kube/kubernetes-errors';

/** client-go's minWatchTimeout: each watch asks the server to end it after a random 5 to 10 minutes. */
const minWatchTimeoutSeconds = 300;
/** Silence this long past the server's own deadline means a dead connection, not a quiet namespace. */
const inactivityMarginMs = 30_000;

export interface WatchTiming {
  /** Seconds the API server keeps each watch open (`timeoutSeconds`). */
  timeoutSeconds: () => number;
  inactivityMarginMs: number;
}

type WatchCallback = (phase: string, object: unknown, raw?: unknown) => void;
type WatchDone = (error: unknown) => void;

/** In [300, 600) s: spread out, so watches opened together do not all reconnect together. */
export function watchTimeoutSeconds(random: () => number = Math.random): number {
  return minWatchTimeoutSeconds + Math.floor(random() * minWatchTimeoutSeconds);
}

/**
 * client-node 2.0.1 aborts a watch after 30 s without a byte (its inactivity timeout) and sends no `timeoutSeconds`,
 * and kube-apiserver 1.20 sends bookmarks only shortly before a watch's own deadline: so every quiet watch was torn
 * down and rebuilt every 30 s. Here the server ends the watch at `timeoutSeconds` (bookmarking its resourceVersion
 * just before, when its watch cache is on) and the client waits longer than that, so ListWatch resumes without a relist.
 */
export class ReflectorWatch extends Watch {
  constructor(
    config: KubeConfig,
    private readonly logger: Logger,
    private readonly timing: WatchTiming = { timeoutSeconds: watchTimeoutSeconds, inactivityMarginMs },
  ) {
    super(config);
  }

  override watch(
    path: string,
    queryParams: Record<string, string | number | boolean | undefined>,
    callback: WatchCallback,
    done: WatchDone,
  ): Promise<AbortController> {
    const timeoutSeconds = this.timing.timeoutSeconds();
    // client-node types this private, yet reads it on every watch: the only way to make it outlast the server's timeout.
    Object.assign(this, { requestTimeoutMs: timeoutSeconds * 1000 + this.timing.inactivityMarginMs });
    const watch = path;
    this.logger.debug({ watch, resourceVersion: queryParams.resourceVersion, timeoutSeconds }, 'watch opened');
    const observed: WatchCallback = (phase, object, raw) => {
      if (phase === 'ERROR') {
        const { code, reason } = (object ?? {}) as { code?: unknown; reason?: unknown };
        // 410 Gone (Expired): the resourceVersion was compacted away; ListWatch relists when the server closes the watch.
        this.logger.warn({ watch, code, reason }, code === 410 ? 'watch expired; relisting' : 'watch error event');
      } else if (phase === 'BOOKMARK') {
        this.logger.debug({ watch }, 'watch bookmark');
      }
      callback(phase, object, raw);
    };
    const ended: WatchDone = (error) => {
      if (error === null || error === undefined)
        this.logger.debug({ watch }, 'watch closed by the API server; resuming');
      else if (statusCodeOf(error) === 410) this.logger.warn({ watch, code: 410 }, 'watch expired; relisting');
      done(error);
    };
    return super.watch(path, { ...queryParams, timeoutSeconds, allowWatchBookmarks: true }, observed, ended);
  }
}
