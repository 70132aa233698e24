import type { RequestHandler, Router } from 'express';
import { HttpError } from '../http/errors';
import type { Cluster, ClusterSet } from './cluster-set';

/** A request handler that also shows the routes it dispatches to, for the route table the OpenAPI test compares. */
export type ClusterDispatch = RequestHandler & { routeTemplate: Router };

/** The cluster of this context, built on first use; an unknown one is a 404 naming it. */
export function clusterNamed(clusters: ClusterSet, name: string): Cluster {
  const cluster = clusters.get(name);
  if (cluster !== undefined) return cluster;
  // Named as path-params.ts names a bad parameter: quoted, escaped and cut short, since the sender chose it.
  const shown = JSON.stringify(name.length > 64 ? `${name.slice(0, 64)}…` : name);
  const message = `The cluster parameter ${shown} names no context of the kubeconfig`;
  throw new HttpError(404, 'NotFound', message, [{ path: 'cluster', message: 'no such context' }]);
}

/**
 * `/clusters/:cluster/...`: the router of the named cluster, built by `build` the first time the cluster is used, dropped
 * when its context leaves the kubeconfig or changes. An unknown cluster is a 404 naming it.
 */
export function dispatchToCluster(clusters: ClusterSet, build: (cluster: Cluster) => Router): ClusterDispatch {
  const routers = new WeakMap<Cluster, Router>();
  const routerOf = (cluster: Cluster) => {
    let router = routers.get(cluster);
    if (router === undefined) {
      router = build(cluster);
      routers.set(cluster, router);
    }
    return router;
  };
  const dispatch: RequestHandler = (req, res, next) => {
    routerOf(clusterNamed(clusters, String(req.params.cluster)))(req, res, next);
  };
  return Object.assign(dispatch, { routeTemplate: routerOf(clusters.default) });
}
