// The config.yml Debian's `docker-registry` (distribution 2.8) serves with.
import { stringify } from 'yaml';

export type RegistryAuth =
  | { kind: 'anonymous' }
  | { kind: 'htpasswd'; realm: string; path: string }
  | { kind: 'token'; realm: string; service: string; issuer: string; rootCertBundle: string };

export interface RegistryConfigOptions {
  /** `127.0.0.1:5000`: loopback only. */
  addr: string;
  storageDir: string;
  httpSecret: string;
  auth: RegistryAuth;
}

function authSection(auth: RegistryAuth): Record<string, unknown> | undefined {
  switch (auth.kind) {
    case 'anonymous':
      return undefined;
    case 'htpasswd':
      return { htpasswd: { realm: auth.realm, path: auth.path } };
    case 'token':
      return {
        token: { realm: auth.realm, service: auth.service, issuer: auth.issuer, rootcertbundle: auth.rootCertBundle },
      };
  }
}

export function registryConfigYaml(options: RegistryConfigOptions): string {
  const auth = authSection(options.auth);
  return stringify({
    version: 0.1,
    log: { level: 'warn', accesslog: { disabled: true } },
    storage: { filesystem: { rootdirectory: options.storageDir } },
    http: { addr: options.addr, secret: options.httpSecret },
    ...(auth ? { auth } : {}),
  });
}
