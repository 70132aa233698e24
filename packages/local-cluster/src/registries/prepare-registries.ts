// The local cluster's three registries (private htpasswd, Bearer token, anonymous docker.io mirror) as services.
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ServiceSpec } from '../service';
import { credentialsPath, loadOrCreateCredentials } from './credentials';
import { writeHtpasswd } from './htpasswd';
import { registryConfigYaml, type RegistryAuth } from './registry-config';
import { seedRegistries } from './seed';
import { ensureSigningCert } from './signing-cert';
import type { TokenIssuerConfig } from './token-issuer';

export interface RegistryPorts {
  private: number;
  mirror: number;
  token: number;
  tokenIssuer: number;
}

export interface Registries {
  services: ServiceSpec[];
  /** Pushes the seed images; safe to run on every start. */
  seed(): Promise<void>;
  /** BERTH_REGISTRY, BERTH_REGISTRY_USERNAME/PASSWORD, BERTH_TOKEN_REGISTRY(+_USERNAME/_PASSWORD), BERTH_MIRROR. */
  env: Record<string, string>;
}

export const defaultRegistryPorts: RegistryPorts = { private: 5000, mirror: 5001, token: 5002, tokenIssuer: 5003 };

const host = '127.0.0.1';
const registryBinary = '/usr/bin/docker-registry';
const tokenService = 'berth-token-registry';
const tokenIssuerName = 'berth-token-issuer';

/** The registry answers /v2/ (200 anonymous, 401 with a challenge): it is serving. */
async function answers(url: string, statuses: number[]): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await response.body?.cancel();
    return statuses.includes(response.status);
  } catch {
    return false;
  }
}

async function prepareRegistry(dir: string, addr: string, httpSecret: string, auth: RegistryAuth): Promise<string> {
  const storageDir = join(dir, 'storage');
  await mkdir(storageDir, { recursive: true });
  const configFile = join(dir, 'config.yml');
  await writeFile(configFile, registryConfigYaml({ addr, storageDir, httpSecret, auth }), { mode: 0o600 });
  return configFile;
}

function registryService(name: string, configFile: string, port: number): ServiceSpec {
  return {
    name,
    command: registryBinary,
    args: ['serve', configFile],
    isReady: () => answers(`http://${host}:${port}/v2/`, [200, 401]),
    address: `${host}:${port}`,
  };
}

export async function prepareRegistries(options: { stateDir: string; ports?: RegistryPorts }): Promise<Registries> {
  const ports = options.ports ?? defaultRegistryPorts;
  const dir = join(options.stateDir, 'registries');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const { credentials, created } = await loadOrCreateCredentials(dir);

  const privateDir = join(dir, 'private');
  await mkdir(privateDir, { recursive: true });
  const htpasswdFile = join(privateDir, 'htpasswd');
  await writeHtpasswd(htpasswdFile, [credentials.private], created);
  const privateConfig = await prepareRegistry(privateDir, `${host}:${ports.private}`, credentials.httpSecret, {
    kind: 'htpasswd',
    realm: 'Berth private registry',
    path: htpasswdFile,
  });
  const mirrorConfig = await prepareRegistry(join(dir, 'mirror'), `${host}:${ports.mirror}`, credentials.httpSecret, {
    kind: 'anonymous',
  });

  const issuerDir = join(dir, 'token-issuer');
  await mkdir(issuerDir, { recursive: true });
  const signing = await ensureSigningCert(issuerDir, tokenIssuerName);
  const tokenRealm = `http://${host}:${ports.tokenIssuer}/token`;
  const tokenConfig = await prepareRegistry(join(dir, 'token'), `${host}:${ports.token}`, credentials.httpSecret, {
    kind: 'token',
    realm: tokenRealm,
    service: tokenService,
    issuer: tokenIssuerName,
    rootCertBundle: signing.certFile,
  });
  const issuerConfig: TokenIssuerConfig = {
    host,
    port: ports.tokenIssuer,
    issuer: tokenIssuerName,
    service: tokenService,
    keyFile: signing.keyFile,
    certFile: signing.certFile,
    credentialsFile: credentialsPath(dir),
  };
  const issuerConfigFile = join(issuerDir, 'token-issuer.json');
  await writeFile(issuerConfigFile, `${JSON.stringify(issuerConfig, null, 2)}\n`, { mode: 0o600 });

  // Absolute loader URL: the supervisor may start children from any working directory.
  const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const issuerMain = fileURLToPath(new URL('./token-issuer-main.ts', import.meta.url));

  const services: ServiceSpec[] = [
    registryService('registry-private', privateConfig, ports.private),
    registryService('registry-mirror', mirrorConfig, ports.mirror),
    {
      name: 'token-issuer',
      command: process.execPath,
      args: ['--import', tsxLoader, issuerMain, issuerConfigFile],
      isReady: () => answers(`http://${host}:${ports.tokenIssuer}/healthz`, [200]),
      address: tokenRealm,
    },
    registryService('registry-token', tokenConfig, ports.token),
  ];

  const url = (port: number) => `http://${host}:${port}`;
  return {
    services,
    seed: () =>
      seedRegistries({
        privateUrl: url(ports.private),
        tokenRegistryUrl: url(ports.token),
        tokenRealm,
        tokenService,
        mirrorUrl: url(ports.mirror),
        credentials,
      }),
    env: {
      BERTH_REGISTRY: `${host}:${ports.private}`,
      BERTH_REGISTRY_USERNAME: credentials.private.username,
      BERTH_REGISTRY_PASSWORD: credentials.private.password,
      BERTH_TOKEN_REGISTRY: `${host}:${ports.token}`,
      BERTH_TOKEN_REGISTRY_USERNAME: credentials.token.username,
      BERTH_TOKEN_REGISTRY_PASSWORD: credentials.token.password,
      BERTH_MIRROR: `docker.io=${url(ports.mirror)}`,
    },
  };
}
