import express, { Router, type Express } from 'express';
import helmet, { strictTransportSecurity } from 'helmet';
import type { KubeConfig } from '@kubernetes/client-node';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { errorHandler, notFound } from './http/errors';
import { jsonBody } from './http/json-body';
import { requestLogOptions } from './http/logger';
import { createAuth, type AuthOptions } from './auth/auth-modes';
import { missingNamespaceFirst } from './resources/namespaces/namespace-existence';
import { namespaceScope } from './resources/namespaces/namespace-scope';
import { openApiDocument } from './http/openapi';
import { noStore, refuseCrossSite, requireServedHost } from './http/safety';
import { servedUnder } from './http/base-path';
import { type Ingress, servedAtRoot } from './http/ingress';
import type { AddressPolicy } from '@berth/registry';
import {
  checkRoutes,
  checkSettings,
  imageCheckRoutes,
  registryPolicy,
  type RegistryChecks,
} from './resources/registry-checks/check-routes';
import { registryBrowseRoutes } from './resources/registry-browse/browse-routes';
import { clusterRoutes } from './resources/cluster/cluster-routes';
import { deploymentRoutes } from './resources/deployments/deployment-routes';
import { statefulSetRoutes } from './resources/statefulsets/statefulset-routes';
import { daemonSetRoutes } from './resources/daemonsets/daemonset-routes';
import { rolloutRoutes } from './resources/rollouts/rollout-routes';
import { jobRoutes } from './resources/jobs/job-routes';
import { cronJobRoutes } from './resources/cronjobs/cronjob-routes';
import { retryPullsRoutes } from './resources/workloads/retry-pulls';
import { permissionRoutes } from './resources/namespaces/permission-routes';
import { clusterReadyzRoutes, healthRoutes } from './resources/cluster/health-routes';
import { secretRoutes } from './resources/secrets/secret-routes';
import { credentialRotationRoutes } from './resources/secrets/credential-rotation-routes';
import { secretCopyRoutes } from './resources/secrets/secret-copy-routes';
import { serviceRoutes } from './resources/services/service-routes';
import { serviceAccountRoutes } from './resources/serviceaccounts/serviceaccount-routes';
import { configMapRoutes } from './resources/configmaps/configmap-routes';
import { podRoutes } from './resources/pods/pod-routes';
import { spaRoutes } from './http/spa';
import { streamRoutes } from './watch/namespace-stream';
import type { InformerHub } from './watch/informer-hub';
import { type Cluster, ClusterSet } from './clusters/cluster-set';
import { clusterIdentity, signedInClusters } from './clusters/cluster-identity';
import { clusterNamed, dispatchToCluster } from './clusters/cluster-router';
import { clusterListRoutes } from './clusters/cluster-list-routes';
import { ClusterProbes } from './clusters/cluster-probe';

export interface AppDependencies {
  kubeConfig: KubeConfig;
  logger: Logger;
  /** Host names the app answers to besides the loopback names (DNS-rebinding guard). */
  servedNames?: readonly string[];
  /** Origins besides the app's own that may send unsafe requests (the Vite dev server). */
  trustedOrigins?: readonly string[];
  /** The registry client; tests may pass one with short timeouts. */
  registry?: RegistryChecks;
  /** Where registry checks may connect (`--registry-allow`/`--registry-deny`); by default loopback only without sign-in. */
  registryPolicy?: AddressPolicy;
  /** The default cluster's shared watches for the live streams; main.ts closes it on shutdown. */
  informers?: InformerHub;
  /** Every context of the kubeconfig (main.ts re-reads it when the files change); absent: built from `kubeConfig`. */
  clusters?: ClusterSet;
  /** How `GET /api/clusters` probes each cluster; tests may shorten it. */
  clusterProbes?: ClusterProbes;
  /** The SPA's production build, served beside the API; absent serves the API alone. */
  spaDir?: string;
  /** Single-user (the kubeconfig's identity, the default) or token sign-in with server-side sessions. */
  auth?: AuthOptions;
  /** The base path, public URL and trusted proxies when behind an ingress; absent serves at / to loopback names. */
  ingress?: Ingress;
}

const loopbackNames = ['127.0.0.1', 'localhost', '[::1]'];

/** Build the BFF; it does not listen, so tests drive it with supertest. */
export function createApp(deps: AppDependencies): Express {
  // The BFF's own identity answers only readyz; every user request acts as the identity requireIdentity sets.
  const clusters =
    deps.clusters ??
    new ClusterSet(deps.kubeConfig, {
      logger: deps.logger,
      ...(deps.informers === undefined ? {} : { defaultHub: deps.informers }),
    });
  const { kubernetes, hub } = clusters.default;
  const authMode = deps.auth?.mode ?? 'single-user';
  const ingress = deps.ingress ?? servedAtRoot;
  const publicUrl = ingress.publicUrl;
  const auth = createAuth(
    deps.kubeConfig,
    deps.auth,
    { path: ingress.basePath, https: publicUrl?.https ?? false },
    // Token mode signs in to each cluster with its own token, asked of that cluster's API server.
    { defaultName: clusters.defaultName, kubeConfigOf: (name) => clusters.kubeConfigOf(name) },
  );
  // One budget and one cap for both kinds of check: they reach the same registries.
  const checks = checkSettings({
    ...(deps.registry ? { registry: deps.registry } : {}),
    policy: deps.registryPolicy ?? registryPolicy({ signIn: deps.auth?.mode === 'token' }),
  });
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // API answers are no-store, so nobody revalidates; an ETag only cost a SHA-1 of every body (static files keep theirs).
  app.set('etag', false);
  // X-Forwarded-* are believed only from the proxies named: req.ip, req.secure and req.host read them from no one else.
  app.set('trust proxy', ingress.trustedProxies === undefined ? false : [...ingress.trustedProxies]);
  app.use(pinoHttp(requestLogOptions(deps.logger)));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'script-src': ["'self'"],
          'frame-ancestors': ["'none'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          // Served over plain http on loopback: upgrading would send the SPA's own requests to https and break them.
          'upgrade-insecure-requests': null,
        },
      },
      frameguard: { action: 'deny' },
      strictTransportSecurity: false,
    }),
  );
  // HSTS only on answers that came over TLS: on plain http browsers ignore it, and loopback http must keep working.
  const hsts = strictTransportSecurity({ maxAge: 31_536_000, includeSubDomains: false });
  app.use((req, res, next) => {
    if (req.secure) hsts(req, res, next);
    else next();
  });
  const publicNames = publicUrl === undefined ? [] : [publicUrl.hostname];
  app.use(requireServedHost([...loopbackNames, ...(deps.servedNames ?? []), ...publicNames]));

  // Everything one cluster serves, built by one function: once for the default cluster (`/api/...`, today's routes) and
  // once per other cluster on its first use (`/api/clusters/{cluster}/...`); each with that cluster's clients and watches.
  const clusterApi = (cluster: Cluster): Router => {
    const router = Router();
    router.use(clusterIdentity(cluster, authMode, () => clusters.built(cluster.name) === cluster));
    router.use(clusterRoutes());
    router.use(credentialRotationRoutes(cluster.lister));
    const namespaced = Router({ mergeParams: true });
    namespaced.use(namespaceScope);
    // Lists come from the stream's watches of the same identity and cluster when they are synced, else from the API server.
    namespaced.use('/secrets', secretCopyRoutes(cluster.lister));
    namespaced.use('/secrets', secretRoutes(cluster.lister));
    namespaced.use('/deployments', deploymentRoutes(cluster.lister));
    namespaced.use('/statefulsets', statefulSetRoutes(cluster.lister));
    namespaced.use('/daemonsets', daemonSetRoutes(cluster.lister));
    // `…/{deployments|statefulsets|daemonsets}/{name}/revisions|rollback|restart|pause|resume`, as `kubectl rollout`.
    namespaced.use(rolloutRoutes(cluster.lister));
    namespaced.use('/jobs', jobRoutes(cluster.lister));
    namespaced.use('/cronjobs', cronJobRoutes(cluster.lister));
    namespaced.use(retryPullsRoutes());
    namespaced.use('/services', serviceRoutes(cluster.lister));
    namespaced.use('/serviceaccounts', serviceAccountRoutes());
    namespaced.use('/configmaps', configMapRoutes());
    namespaced.use('/pods', podRoutes());
    namespaced.use('/image-checks', imageCheckRoutes(checks));
    namespaced.use('/registry', registryBrowseRoutes(checks));
    namespaced.use('/permissions', permissionRoutes());
    namespaced.use('/stream', streamRoutes(cluster.hub));
    namespaced.use(missingNamespaceFirst);
    router.use('/namespaces/:ns', namespaced);
    return router;
  };
  const perCluster = dispatchToCluster(clusters, clusterApi);

  const api = Router();
  api.use(noStore);
  api.use(refuseCrossSite(deps.trustedOrigins, publicUrl));
  api.use(jsonBody());
  // healthz and readyz are the default cluster's; GET /clusters probes every cluster (and resumes its waiting watches).
  api.use(healthRoutes(kubernetes, hub));
  api.use(auth.public);
  api.use(auth.requireIdentity);
  api.use(auth.session);
  api.use(checkRoutes(checks));
  const openApi = openApiDocument();
  api.get('/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  const signedInTo = authMode === 'token' ? signedInClusters(clusters.defaultName) : undefined;
  api.use(clusterListRoutes(clusters, deps.clusterProbes ?? new ClusterProbes(), signedInTo));
  // The page's own cluster's readyz, for its connection banner (with the context's credentials, as readyz has).
  api.use(clusterReadyzRoutes((name) => clusterNamed(clusters, name)));
  api.use('/clusters/:cluster', perCluster);
  // Today's routes, unchanged: the default cluster's router, the very one `/clusters/{default}/...` serves.
  api.use(perCluster.routeTemplate);

  api.use(notFound);
  const site = Router();
  site.use('/api', api);
  if (deps.spaDir !== undefined) site.use(spaRoutes(deps.spaDir, ingress.basePath));
  app.use(servedUnder(ingress.basePath, site));
  app.use(errorHandler(deps.logger));
  return app;
}
