// How Berth is reached when it runs behind an ingress or a reverse proxy (`--base-path`, `--public-url`, `--trusted-proxy`).
import type { PublicUrl } from './public-url';

export interface Ingress {
  /** `/berth/`: the console, the API, the stream and the session cookie all live under it; `/` is today's layout. */
  basePath: string;
  /** The URL users type: its host passes the Host check and its origin the Origin check; https makes cookies Secure. */
  publicUrl?: PublicUrl;
  /** Addresses and CIDR ranges of the proxies whose X-Forwarded-For, -Proto and -Host are believed; nobody else's are. */
  trustedProxies?: readonly string[];
}

export const servedAtRoot: Ingress = { basePath: '/' };
