// `npm run image -- --push REGISTRY/REPO:TAG`: the OCI layout copied to a registry by skopeo (Debian's package), which
// speaks the Registry v2 push protocol with Basic and Bearer auth. A password goes to skopeo in an auth file readable by
// root alone, removed afterwards: never on a command line (where `ps` shows it), never printed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseImageReference, parseRegistryAddress } from '@berth/contracts';
import { ensureDebianPackages } from '@berth/local-cluster';
import { isLoopbackHost } from '@berth/registry';
import { imageLayoutDir } from './build-image';
import { layoutTag } from './image-spec';
import { runTool } from './run-tool';

export interface RegistryLogin {
  username: string;
  password: string;
}

export interface RegistryAccess {
  /** A username and password for the registry, or else `authFile`: a docker config.json (`docker login`'s file). */
  login?: RegistryLogin;
  authFile?: string;
  /** Verify the registry's TLS certificate; by default off only for a loopback registry, which is plain http. */
  tlsVerify?: boolean;
}

/** The registry host of a `REGISTRY/REPO:TAG` reference, which must name its registry and a tag (no digest). */
export function pushTarget(reference: string): { registry: string; reference: string } {
  const parsed = parseImageReference(reference);
  if (!reference.startsWith(`${parsed.registry}/`))
    throw new Error(`--push: name the registry, as in 127.0.0.1:5000/berth/console:1.0 (got ${reference})`);
  if (parsed.tag === undefined || parsed.digest !== undefined)
    throw new Error(`--push: name a tag and no digest, as in ${parsed.registry}/${parsed.repository}:1.0`);
  return { registry: parsed.registry, reference };
}

/** Loopback registries are plain http, as container runtimes assume; every other registry's certificate is checked. */
export function verifiesTls(registry: string, access: RegistryAccess): boolean {
  return access.tlsVerify ?? !isLoopbackHost(parseRegistryAddress(registry)?.host ?? registry);
}

/** Runs `use` with skopeo's auth-file arguments (`flag` FILE), the file holding only this registry's login. */
async function withAuthFile<T>(
  registry: string,
  access: RegistryAccess,
  flag: string,
  use: (args: string[]) => Promise<T>,
) {
  if (access.login === undefined) return use(access.authFile === undefined ? [] : [flag, access.authFile]);
  const dir = mkdtempSync(path.join(tmpdir(), 'berth-push-'));
  const file = path.join(dir, 'auth.json');
  try {
    const auth = Buffer.from(`${access.login.username}:${access.login.password}`).toString('base64');
    writeFileSync(file, JSON.stringify({ auths: { [registry]: { auth } } }), { mode: 0o600 });
    return await use([flag, file]);
  } catch (error) {
    // skopeo does not echo credentials; this keeps it so should any message ever quote them.
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.replaceAll(access.login.password, '***'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pushes the layout's image to `reference` and answers the manifest digest the registry stored it under. */
export async function pushImage(
  reference: string,
  access: RegistryAccess = {},
  layout: string = imageLayoutDir,
): Promise<{ reference: string; digest: string }> {
  const target = pushTarget(reference);
  await ensureDebianPackages(['skopeo']);
  const tls = `--dest-tls-verify=${String(verifiesTls(target.registry, access))}`;
  const digestDir = mkdtempSync(path.join(tmpdir(), 'berth-push-digest-'));
  const digestFile = path.join(digestDir, 'digest');
  try {
    await withAuthFile(target.registry, access, '--dest-authfile', (auth) =>
      runTool('skopeo', [
        'copy',
        '--quiet',
        ...auth,
        tls,
        '--digestfile',
        digestFile,
        `oci:${layout}:${layoutTag}`,
        `docker://${reference}`,
      ]),
    );
    return { reference, digest: readFileSync(digestFile, 'utf8').trim() };
  } finally {
    rmSync(digestDir, { recursive: true, force: true });
  }
}

/** The manifest and config a registry holds for `reference`, read with the given access (skopeo inspect). */
export async function readPushedImage(
  reference: string,
  access: RegistryAccess = {},
): Promise<{ manifest: unknown; config: unknown }> {
  const target = pushTarget(reference);
  await ensureDebianPackages(['skopeo']);
  const tls = `--tls-verify=${String(verifiesTls(target.registry, access))}`;
  return withAuthFile(target.registry, access, '--authfile', async (auth) => {
    const inspect = (...what: string[]) =>
      runTool('skopeo', ['inspect', ...what, ...auth, tls, `docker://${reference}`]);
    return {
      manifest: JSON.parse(await inspect('--raw')) as unknown,
      config: JSON.parse(await inspect('--config', '--raw')) as unknown,
    };
  });
}
