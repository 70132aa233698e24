import express, { Router, type Express } from 'express';
import helmet, { strictTransportSecurity } from 'helmet';
import type { KubeConfig } from '@kubernetes/client-node';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { errorHandler, notFound } from './http/errors';
import { jsonBody } from './http/json-body';
import { requestLogOptions } from './http/logger';
import { createAuth, type AuthOptions } from './auth/auth-modes';
import { connectKubernetes } from './kube/clients';
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
import { clusterRoutes } from './resources/cluster/cluster-routes';
import { deploymentRoutes } from './resources/deployments/deployment-routes';
import { statefulSetRoutes } from './resources/statefulsets/statefulset-routes';
import { daemonSetRoutes } from './resources/daemonsets/daemonset-routes';
import { jobRoutes } from './resources/jobs/job-routes';
import { cronJobRoutes } from './resources/cronjobs/cronjob-routes';
import { permissionRoutes } from './resources/namespaces/permission-routes';
import { healthRoutes } from './resources/cluster/health-routes';
import { secretRoutes } from './resources/secrets/secret-routes';
import { spaRoutes } from './http/spa';
import { streamRoutes } from './watch/namespace-stream';
import { InformerHub } from './watch/informer-hub';
import { Lister } from './watch/lister';

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
  /** Shared watches for the live streams; main.ts closes it on shutdown. */
  informers?: InformerHub;
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
  const kubernetes = connectKubernetes(deps.kubeConfig);
  const hub = deps.informers ?? new InformerHub(deps.logger);
  const ingress = deps.ingress ?? servedAtRoot;
  const publicUrl = ingress.publicUrl;
  const auth = createAuth(deps.kubeConfig, deps.auth, { path: ingress.basePath, https: publicUrl?.https ?? false });
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

  const api = Router();
  api.use(noStore);
  api.use(refuseCrossSite(deps.trustedOrigins, publicUrl));
  api.use(jsonBody());
  api.use(healthRoutes(kubernetes, hub));
  api.use(auth.public);
  api.use(auth.requireIdentity);
  api.use(auth.session);
  api.use(clusterRoutes());
  api.use(checkRoutes(checks));
  const openApi = openApiDocument();
  api.get('/openapi.json', (_req, res) => {
    res.json(openApi);
  });

  const namespaced = Router({ mergeParams: true });
  namespaced.use(namespaceScope);
  // Lists come from the stream's watches of the same identity when they are synced, else from the API server.
  const lister = new Lister(hub);
  namespaced.use('/secrets', secretRoutes(lister));
  namespaced.use('/deployments', deploymentRoutes(lister));
  namespaced.use('/statefulsets', statefulSetRoutes(lister));
  namespaced.use('/daemonsets', daemonSetRoutes(lister));
  namespaced.use('/jobs', jobRoutes(lister));
  namespaced.use('/cronjobs', cronJobRoutes(lister));
  namespaced.use('/image-checks', imageCheckRoutes(checks));
  namespaced.use('/permissions', permissionRoutes());
  namespaced.use('/stream', streamRoutes(hub));
  namespaced.use(missingNamespaceFirst);
  api.use('/namespaces/:ns', namespaced);

  api.use(notFound);
  const site = Router();
  site.use('/api', api);
  if (deps.spaDir !== undefined) site.use(spaRoutes(deps.spaDir, ingress.basePath));
  app.use(servedUnder(ingress.basePath, site));
  app.use(errorHandler(deps.logger));
  return app;
}
