// Start Berth: parse config, pick the cluster (the one named, else the embedded local cluster), build the SPA when stale,
// listen, and stop cleanly on SIGINT/SIGTERM, stopping the local cluster too when this process started it.
import './crash/report-crashes';
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { ApiException, type KubeConfig } from '@kubernetes/client-node';
import { type ClusterEnv, ClusterStartError, ensureClusterUp, holdCluster, releaseCluster } from '@berth/local-cluster';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import { createApp } from './app';
import { defaultSessionTimeouts } from './auth/sessions';
import { type AuthOptions } from './auth/auth-modes';
import { fileKeyring } from './auth/session-keys';
import { startupBanner } from './banner';
import { beforeCrashExit } from './crash/crash-report';
import { toApiError } from './http/errors';
import { actAsServiceAccountFlag, ingressOf, parseConfig, type BffConfig } from './config';
import { loadKubeConfig } from './kube/kubeconfig/load-kubeconfig';
import { inClusterKubeConfig } from './kube/kubeconfig/in-cluster';
import { type CredentialError, kubeconfigCredentialProblem } from './kube/kubeconfig/credential-error';
import { InformerHub } from './watch/informer-hub';
import { ClusterSet } from './clusters/cluster-set';
import { watchKubeconfigFiles } from './clusters/kubeconfig-watch';
import { connectKubernetes } from './kube/clients';
import { createLogger } from './http/logger';
import { registryPolicy } from './resources/registry-checks/check-routes';
import { apiServerVersion, kubeconfigUser } from './resources/cluster/health-routes';
import { ensureSpaBuilt, spaBuildDir } from './http/spa-build';

const progress = (line: string) => console.error(`[berth] ${line}`);
let localCluster: ClusterEnv | undefined;

/** Leaves nothing behind: a local cluster this process started is stopped on every way out. */
let releasing: Promise<void> | undefined;
async function exit(code: number): Promise<never> {
  // Closing the server and the stop timer may both get here; the cluster is released once, and fully.
  releasing ??= localCluster ? releaseCluster(localCluster.startedByUs).catch(() => undefined) : Promise.resolve();
  await releasing;
  process.exit(code);
}

beforeCrashExit(() => exit(1));

async function fail(message: string): Promise<never> {
  console.error(`berth: ${message}`);
  return exit(1);
}

function configOrFail(): BffConfig | Promise<never> {
  try {
    return parseConfig(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof ZodError)
      return fail(error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`).join('; '));
    return fail(error instanceof Error ? error.message : String(error));
  }
}

async function kubeconfigFiles(config: BffConfig): Promise<string[]> {
  if (config.kubeconfig !== undefined) return config.kubeconfig;
  if (config.inCluster) return [];
  progress('no cluster named (KUBECONFIG, --kubeconfig or --context): using the embedded local cluster');
  holdCluster();
  try {
    localCluster = await ensureClusterUp({ onProgress: progress });
  } catch (error) {
    const tail = error instanceof ClusterStartError && error.logTail ? `\n${error.logTail}` : '';
    return fail(`the local cluster did not start: ${error instanceof Error ? error.message : String(error)}${tail}`);
  }
  const file = localCluster.env.KUBECONFIG;
  return file === undefined ? fail('the local cluster gave no kubeconfig') : [file];
}

function authOptions(config: BffConfig, logger: Logger): AuthOptions {
  if (config.auth !== 'token') return { mode: 'single-user' };
  const idleMs = (config.sessionIdleSeconds ?? defaultSessionTimeouts.idleMs / 1000) * 1000;
  const absoluteMs = (config.sessionMaxSeconds ?? defaultSessionTimeouts.absoluteMs / 1000) * 1000;
  // A bad key file throws here, naming the file and line: start-up fails before anything listens.
  const keys = config.sessionKeyFile
    ? { sessionKeys: fileKeyring(config.sessionKeyFile, (message) => logger.error(message)) }
    : {};
  return { mode: 'token', timeouts: { idleMs, absoluteMs }, ...keys };
}

/** The TLS verification code (`UNABLE_TO_VERIFY_LEAF_SIGNATURE`, `SELF_SIGNED_CERT_IN_CHAIN`, …) in a failure's causes. */
function untrustedCertificate(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string' && /^(CERT_|DEPTH_ZERO|UNABLE_TO_|SELF_SIGNED)/.test(code)) return code;
    current = current.cause;
  }
  return undefined;
}

function unusableApiServer(error: unknown, apiServer: string, context: string, caFile: string | undefined): string {
  const tls = untrustedCertificate(error);
  const why =
    error instanceof ApiException
      ? `it answered ${error.code}`
      : tls !== undefined
        ? `its certificate does not verify with the certificate authority ${caFile ?? 'of the kubeconfig'} (${tls})`
        : toApiError(error).reason === 'ClusterUnavailable'
          ? 'it cannot be reached'
          : 'the request failed';
  return `The Kubernetes API server ${apiServer} of context ${context} is not usable: ${why}`;
}

/** In a pod that was given a kubeconfig anyway: the pod's own service account joins as the `in-cluster` context. */
function inClusterBeside(config: BffConfig, logger: Logger): { inCluster?: KubeConfig } {
  if (config.inCluster || (process.env.KUBERNETES_SERVICE_HOST ?? '') === '') return {};
  try {
    return { inCluster: inClusterKubeConfig(process.env).kubeConfig };
  } catch (error) {
    // No service account mounted (automountServiceAccountToken: false): the kubeconfig's contexts are all there is.
    logger.debug({ error: error instanceof Error ? error.message : String(error) }, 'no in-cluster context');
    return {};
  }
}

async function start(): Promise<void> {
  const config = await configOrFail();
  const files = await kubeconfigFiles(config);
  let kubeConfig;
  let serviceAccount: string | undefined;
  try {
    if (config.inCluster) ({ kubeConfig, serviceAccount } = inClusterKubeConfig(process.env));
    else kubeConfig = loadKubeConfig(files, config.context);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const kubernetes = connectKubernetes(kubeConfig);
  const apiServer = kubeConfig.getCurrentCluster()?.server ?? '';
  let credentialProblem: CredentialError | undefined;
  try {
    await apiServerVersion(kubernetes);
  } catch (error) {
    // Credentials are fixed outside Berth (`aws sso login`, a new token): start anyway, say why, and ask again later.
    credentialProblem = kubeconfigCredentialProblem(error, kubeconfigUser(kubernetes));
    if (credentialProblem === undefined)
      return fail(
        unusableApiServer(error, apiServer, kubeConfig.getCurrentContext(), kubeConfig.getCurrentCluster()?.caFile),
      );
  }
  if (config.spa) {
    try {
      ensureSpaBuilt(progress);
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
  }
  const logger = createLogger();
  const informers = new InformerHub(logger);
  let auth;
  try {
    auth = authOptions(config, logger);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const ingress = ingressOf(config);
  const policy = registryPolicy({
    signIn: auth.mode === 'token',
    allow: config.registryAllow,
    deny: config.registryDeny,
  });
  // Every context of the kubeconfig, each built on first use; the files are re-read when they change.
  const clusters = new ClusterSet(kubeConfig, { logger, defaultHub: informers, ...inClusterBeside(config, logger) });
  const kubeconfigWatch = files.length > 0 ? watchKubeconfigFiles(files, clusters, logger) : undefined;
  const app = createApp({
    kubeConfig,
    logger,
    informers,
    clusters,
    auth,
    registryPolicy: policy,
    servedNames: [config.host],
    ingress,
    ...(config.spa ? { spaDir: spaBuildDir } : {}),
  });
  let tls;
  try {
    tls =
      config.tlsCert !== undefined && config.tlsKey !== undefined
        ? { cert: readFileSync(config.tlsCert), key: readFileSync(config.tlsKey) }
        : undefined;
  } catch (error) {
    return fail(`Cannot read the TLS certificate or key: ${error instanceof Error ? error.message : String(error)}`);
  }
  const server = tls
    ? createHttpsServer(tls, app).listen(config.port, config.host)
    : app.listen(config.port, config.host);
  server.on('error', (error: NodeJS.ErrnoException) => {
    void fail(
      error.code === 'EADDRINUSE' ? `port ${config.port} on ${config.host} is in use; pass --port` : error.message,
    );
  });
  server.on('listening', () => {
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : config.port;
    const context = kubeConfig.getCurrentContext();
    const origin = `${tls ? 'https' : 'http'}://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    const url = ingress.basePath === '/' ? origin : `${origin}${ingress.basePath}`;
    const user = serviceAccount ?? kubeConfig.getContextObject(context)?.user;
    const publicUrl =
      config.publicUrl === undefined ? {} : { publicUrl: `${config.publicUrl.origin}${ingress.basePath}` };
    const inCluster = config.inCluster ? { actsAsServiceAccount: config.actAsServiceAccount === true } : undefined;
    logger.info(
      { url, ...publicUrl, context, server: apiServer, user, signIn: auth.mode, inCluster },
      'Berth is listening',
    );
    if (inCluster?.actsAsServiceAccount)
      logger.warn({ user }, `--${actAsServiceAccountFlag}: every visitor acts as ${user}, with no sign-in`);
    console.error(
      startupBanner({
        url,
        context,
        server: apiServer,
        user,
        localClusterEnv: localCluster?.env,
        credentialProblem,
        inCluster,
      }),
    );
  });
  let stopping = false;
  const stop = (signal: string) => {
    // Ctrl-C arrives twice under npm (from the terminal and forwarded by npm): the second must not cut the first short.
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    kubeconfigWatch?.close();
    void clusters.close();
    server.closeAllConnections();
    server.close(() => void exit(0));
    setTimeout(() => void exit(1), 15_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void start();
