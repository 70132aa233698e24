// A kubeconfig that changes on disk (`aws eks update-kubeconfig`, `gcloud … get-credentials`, `kubectl config set-context`)
// is re-read without a restart. The directories are watched, not the files: tools replace a file by renaming a new one
// over it, which ends a watch on the file itself, and a file of a KUBECONFIG list may not exist yet.
import { type FSWatcher, watch } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { readKubeConfigFiles } from '../kube/kubeconfig/load-kubeconfig';
import type { ClusterSet } from './cluster-set';

/** Editors and tools write a file in several steps: one re-read once they have been quiet this long. */
export const kubeconfigDebounceMs = 200;

export interface KubeconfigWatch {
  close(): void;
}

/** Re-reads `files` into `clusters` after they change; a file that does not parse (half written) keeps the old set. */
export function watchKubeconfigFiles(
  files: readonly string[],
  clusters: ClusterSet,
  logger: Logger,
  debounceMs = kubeconfigDebounceMs,
): KubeconfigWatch {
  let timer: NodeJS.Timeout | undefined;
  const reread = () => {
    try {
      const changes = clusters.update(readKubeConfigFiles(files));
      if (changes.added.length + changes.removed.length + changes.changed.length > 0)
        logger.info(changes, 'kubeconfig changed: contexts re-read');
    } catch (error) {
      // Its message names the file and the field, never a value (load-kubeconfig.ts).
      logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'kubeconfig not re-read');
    }
  };
  const names = new Map<string, Set<string>>();
  for (const file of files) {
    const dir = path.dirname(path.resolve(file));
    names.set(dir, (names.get(dir) ?? new Set()).add(path.basename(file)));
  }
  const watchers: FSWatcher[] = [];
  for (const [dir, basenames] of names) {
    try {
      const watcher = watch(dir, { persistent: false }, (_event, filename) => {
        if (filename !== null && !basenames.has(filename)) return;
        clearTimeout(timer);
        timer = setTimeout(reread, debounceMs);
      });
      watcher.on('error', (error) => logger.warn({ dir, error: error.message }, 'kubeconfig watch ended'));
      watchers.push(watcher);
    } catch (error) {
      logger.warn({ dir, error: error instanceof Error ? error.message : String(error) }, 'kubeconfig not watched');
    }
  }
  return {
    close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}
