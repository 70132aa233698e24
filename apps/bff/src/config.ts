import { homedir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parseCidr } from '@berth/registry';
import type { Ingress } from './http/ingress';
import { basePathFlag, publicUrlFlag, trustedProxyFlag } from './ingress-flags';

export const exposeFlag = 'i-understand-anyone-on-the-network-can-act-as-the-cluster-admin';
/** In a pod: every visitor acts as the pod's service account, like Headlamp's `-unsafe-use-service-account-token`. */
export const actAsServiceAccountFlag = 'unsafe-act-as-service-account';

/** 127.0.0.0/8, ::1 and localhost: addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}

const cidr = z
  .string()
  .refine((range) => parseCidr(range) !== undefined, { error: 'must be a CIDR range such as 10.0.0.0/8, or an IP' });
const cidrList = z.array(cidr).min(1).optional();
// `--registry-allow a --registry-allow b`, `--registry-allow a,b` and `BERTH_REGISTRY_ALLOW=a,b` all name a list; none is absent.
function rangeList(flags: string[] | undefined, env: string | undefined): string[] | undefined {
  const ranges = (flags ?? [env ?? ''])
    .flatMap((value) => value.split(','))
    .map((range) => range.trim())
    .filter((range) => range !== '');
  return ranges.length > 0 ? ranges : undefined;
}

/** Everything `main.ts` needs to start, from flags first and the environment second. */
export const bffConfig = z
  .strictObject({
    port: z.coerce.number().int().min(0).max(65535).default(8080),
    host: z.string().min(1).default('127.0.0.1'),
    /** The kubeconfig files, merged as kubectl merges KUBECONFIG. Absent: no cluster was named, so `npm start` runs the embedded local cluster. */
    kubeconfig: z.array(z.string().min(1)).min(1).optional(),
    context: z.string().min(1).optional(),
    /** Where the SPA's production build is served from; `--no-spa` serves the API alone. */
    spa: z.boolean().default(true),
    /** Absent means single-user: every request acts as the kubeconfig's user. */
    auth: z.enum(['single-user', 'token']).optional(),
    tlsCert: z.string().min(1).optional(),
    tlsKey: z.string().min(1).optional(),
    sessionIdleSeconds: z.coerce.number().int().positive().optional(),
    sessionMaxSeconds: z.coerce.number().int().positive().optional(),
    /** The loud opt-in to single-user mode on a non-loopback address. */
    exposeClusterAdmin: z.literal(true).optional(),
    /** Ranges registry checks may reach besides the defaults (loopback in sign-in mode), and ranges they never may. */
    registryAllow: cidrList,
    registryDeny: cidrList,
    basePath: basePathFlag.optional(),
    publicUrl: publicUrlFlag.optional(),
    trustedProxy: trustedProxyFlag,
    /** In a pod with no kubeconfig named (KUBERNETES_SERVICE_HOST set): use the pod's service account; sign-in by default. */
    inCluster: z.literal(true).optional(),
    actAsServiceAccount: z.literal(true).optional(),
    /** Keys sealing session cookies, one a line; absent: a random key per process. */
    sessionKeyFile: z.string().min(1).optional(),
  })
  .refine((c) => (c.tlsCert === undefined) === (c.tlsKey === undefined), {
    message: 'Pass --tls-cert and --tls-key together',
    path: ['tlsCert'],
  })
  .refine((c) => c.actAsServiceAccount !== true || c.inCluster === true, {
    message: `--${actAsServiceAccountFlag} works only in a pod (KUBERNETES_SERVICE_HOST set and no kubeconfig named)`,
    path: ['actAsServiceAccount'],
  })
  .refine((c) => c.inCluster !== true || (c.auth === 'single-user') === (c.actAsServiceAccount === true), {
    message: `In a pod each user signs in with their own token (--auth=token); acting as the pod's service account for everyone needs --${actAsServiceAccountFlag} and no --auth=token`,
    path: ['auth'],
  })
  .refine(
    (c) => c.auth === 'token' || c.exposeClusterAdmin === true || c.actAsServiceAccount === true || isLoopback(c.host),
    {
      message: `Without sign-in anyone who reaches this address acts as the kubeconfig's user; pass --auth=token, or --${exposeFlag} if that is truly what you want`,
      path: ['host'],
    },
  )
  .refine(
    (c) => c.basePath === undefined || c.publicUrl?.basePath === undefined || c.basePath === c.publicUrl.basePath,
    {
      message: `--public-url's path must be --base-path (or leave one out): the proxy passes the prefix on unchanged`,
      path: ['publicUrl'],
    },
  );

export type BffConfig = z.infer<typeof bffConfig>;

/** Parse argv and env; throws a ZodError naming the bad setting, so boot fails fast. */
export function parseConfig(argv: readonly string[], env: NodeJS.ProcessEnv): BffConfig {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      kubeconfig: { type: 'string' },
      context: { type: 'string' },
      'no-spa': { type: 'boolean' },
      auth: { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'session-idle-seconds': { type: 'string' },
      'session-max-seconds': { type: 'string' },
      [exposeFlag]: { type: 'boolean' },
      'registry-allow': { type: 'string', multiple: true },
      'registry-deny': { type: 'string', multiple: true },
      'base-path': { type: 'string' },
      'public-url': { type: 'string' },
      'trusted-proxy': { type: 'string', multiple: true },
      [actAsServiceAccountFlag]: { type: 'boolean' },
      'session-key-file': { type: 'string' },
    },
    strict: true,
  });
  // Like kubectl: --kubeconfig names one file; KUBECONFIG may list several, all merged; a bare --context means the default file.
  const listed = [...new Set(env.KUBECONFIG?.split(path.delimiter).filter((p) => p !== '') ?? [])];
  const kubeconfig = values.kubeconfig
    ? [values.kubeconfig]
    : listed.length > 0
      ? listed
      : values.context
        ? [path.join(env.HOME ?? homedir(), '.kube', 'config')]
        : undefined;
  const inCluster = kubeconfig === undefined && (env.KUBERNETES_SERVICE_HOST ?? '') !== '';
  const actAsServiceAccount = values[actAsServiceAccountFlag] === true;
  return bffConfig.parse({
    port: values.port ?? env.BERTH_PORT,
    host: values.host ?? env.BERTH_HOST,
    kubeconfig,
    context: values.context,
    spa: !values['no-spa'],
    auth: values.auth ?? env.BERTH_AUTH ?? (inCluster ? (actAsServiceAccount ? 'single-user' : 'token') : undefined),
    tlsCert: values['tls-cert'] ?? env.BERTH_TLS_CERT,
    tlsKey: values['tls-key'] ?? env.BERTH_TLS_KEY,
    sessionIdleSeconds: values['session-idle-seconds'] ?? env.BERTH_SESSION_IDLE_SECONDS,
    sessionMaxSeconds: values['session-max-seconds'] ?? env.BERTH_SESSION_MAX_SECONDS,
    exposeClusterAdmin: values[exposeFlag] === true ? true : undefined,
    registryAllow: rangeList(values['registry-allow'], env.BERTH_REGISTRY_ALLOW),
    registryDeny: rangeList(values['registry-deny'], env.BERTH_REGISTRY_DENY),
    basePath: values['base-path'] ?? (env.BERTH_BASE_PATH || undefined),
    publicUrl: values['public-url'] ?? (env.BERTH_PUBLIC_URL || undefined),
    trustedProxy: rangeList(values['trusted-proxy'], env.BERTH_TRUSTED_PROXY),
    inCluster: inCluster ? true : undefined,
    actAsServiceAccount: actAsServiceAccount ? true : undefined,
    sessionKeyFile: values['session-key-file'] ?? env.BERTH_SESSION_KEY_FILE,
  });
}

/** Where and to whom Berth is served: a public URL's path is the base path when --base-path is left out. */
export function ingressOf(config: BffConfig): Ingress {
  return {
    basePath: config.basePath ?? config.publicUrl?.basePath ?? '/',
    ...(config.publicUrl === undefined ? {} : { publicUrl: config.publicUrl }),
    ...(config.trustedProxy === undefined ? {} : { trustedProxies: config.trustedProxy }),
  };
}
