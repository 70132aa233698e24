import { Router, type Response } from 'express';
import { clusterList, type ClusterSummary } from '@berth/contracts';
import type { ClusterSet } from './cluster-set';
import { contextFacts } from './context-kubeconfig';
import type { ClusterProbes, ProbeResult } from './cluster-probe';

/**
 * A list waits at most this long for the others once a cluster has answered: a hanging one delays nobody for longer.
 * Half of issue 21's 100 ms budget, so the list's own work fits in the rest (bench item 12 measured the worst case, a
 * probe still pending, at 106 ms with 100).
 */
export const answeredWindowMs = 50;

/**
 * Waits for every probe, but no longer than `windowMs` after the latest cluster that answered: the list then shows the
 * ones still unanswered as `checking`, and their probes go on (a list asked again shows their answer). Every probe is
 * bounded by its own timeout, so with nothing answering the wait ends at that timeout.
 */
export function untilAnsweredOrWindow(probes: readonly Promise<ProbeResult>[], windowMs: number): Promise<void> {
  return new Promise((resolve) => {
    let pending = probes.length;
    let timer: NodeJS.Timeout | undefined;
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    if (pending === 0) done();
    for (const probe of probes) {
      void probe.then((result) => {
        pending -= 1;
        if (pending === 0) done();
        else if (result.reachability !== 'unreachable') {
          clearTimeout(timer);
          timer = setTimeout(done, windowMs);
        }
      });
    }
  });
}

/** `GET /clusters`: every context with its server, user, version and reachability; `signedInTo` only in token mode. */
export function clusterListRoutes(
  clusters: ClusterSet,
  probes: ClusterProbes,
  signedInTo?: (res: Response, name: string) => boolean,
  windowMs = answeredWindowMs,
): Router {
  const router = Router();
  router.get('/clusters', async (_req, res) => {
    const names = clusters.names();
    probes.keepOnly(names);
    const answers = new Map<string, ProbeResult>();
    const asked = names.map((name) => {
      const kubeConfig = clusters.kubeConfigOf(name);
      const answer = kubeConfig === undefined ? Promise.resolve(undefined) : probes.probe(name, kubeConfig);
      return answer.then((result) => {
        if (result === undefined) return { reachability: 'unreachable' as const };
        answers.set(name, result);
        // An answer after an outage resumes this cluster's watches now, as /readyz does for the default cluster.
        if (result.reachability === 'reachable') clusters.built(name)?.hub.retryWaitingWatches();
        return result;
      });
    });
    await untilAnsweredOrWindow(asked, windowMs);
    const items = names.flatMap((name): ClusterSummary[] => {
      const kubeConfig = clusters.kubeConfigOf(name);
      if (kubeConfig === undefined) return [];
      const answer = answers.get(name) ?? { reachability: 'checking', message: 'No answer yet; still asking' };
      return [
        {
          name,
          ...contextFacts(kubeConfig),
          default: name === clusters.defaultName,
          ...(signedInTo === undefined ? {} : { signedIn: signedInTo(res, name) }),
          ...answer,
        },
      ];
    });
    res.json(clusterList.parse({ items }));
  });
  return router;
}
