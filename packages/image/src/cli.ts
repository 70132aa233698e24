// `npm run image [-- --push REGISTRY/REPO:TAG | --run]`: build the console's image, then push it or run its own files.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildImage } from './build-image';
import { pushImage, type RegistryAccess } from './push-image';
import { runImage } from './run-image';
import { unpackImage } from './unpack-image';

const usage = `usage: npm run image [-- OPTIONS]
  (no options)                 build the image into build/image/oci (an OCI layout, tag berth)
  --push REGISTRY/REPO:TAG     build it, then push it; credentials from BERTH_PUSH_USERNAME and BERTH_PUSH_PASSWORD,
                               or --username U --password-stdin, or --authfile FILE (a docker config.json);
                               --tls-verify=false for a registry with a self-signed certificate (loopback is plain http)
  --run [--env K=V] [--bind SOURCE:TARGET] [-- ARGS]
                               build it, then run its own files read-only as its user (root only; Ctrl-C stops it)`;

const progress = (line: string) => console.error(`[berth image] ${line}`);

function fail(message: string): never {
  console.error(`berth image: ${message}`);
  process.exit(message.startsWith('usage') ? 2 : 1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        push: { type: 'string' },
        username: { type: 'string' },
        'password-stdin': { type: 'boolean' },
        authfile: { type: 'string' },
        'tls-verify': { type: 'string' },
        run: { type: 'boolean' },
        env: { type: 'string', multiple: true },
        bind: { type: 'string', multiple: true },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
})();

function registryAccess(): RegistryAccess {
  const username = values.username ?? process.env.BERTH_PUSH_USERNAME;
  const password = values['password-stdin']
    ? readFileSync(0, 'utf8').replace(/\r?\n$/, '')
    : process.env.BERTH_PUSH_PASSWORD;
  if ((username === undefined) !== (password === undefined || password === ''))
    fail(
      'give the registry username and password together (BERTH_PUSH_USERNAME and BERTH_PUSH_PASSWORD, or --username and --password-stdin)',
    );
  const tls = values['tls-verify'];
  if (tls !== undefined && tls !== 'true' && tls !== 'false') fail('--tls-verify is true or false');
  return {
    ...(username !== undefined && password !== undefined ? { login: { username, password } } : {}),
    ...(values.authfile !== undefined ? { authFile: values.authfile } : {}),
    ...(tls !== undefined ? { tlsVerify: tls === 'true' } : {}),
  };
}

function pairs(list: string[] | undefined, separator: string, flag: string): [string, string][] {
  return (list ?? []).map((item) => {
    const at = item.indexOf(separator);
    if (at <= 0) fail(`--${flag} ${item}: write it as NAME${separator}VALUE`);
    return [item.slice(0, at), item.slice(at + 1)];
  });
}

async function run(): Promise<void> {
  const running = runImage(await unpackImage(), {
    env: Object.fromEntries(pairs(values.env, '=', 'env')),
    binds: pairs(values.bind, ':', 'bind').map(([source, target]) => ({ source, target })),
    args: positionals,
    logFile: '/dev/stderr',
  });
  progress(`running the image's entrypoint as pid ${running.pid}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void running.stop());
  const status = await running.exited;
  process.exit(status.code ?? 1);
}

async function main(): Promise<void> {
  if (values.help) return void console.error(usage);
  if (values.push !== undefined && values.run) fail(`--push or --run, not both\n${usage}`);
  if (positionals.length > 0 && !values.run) fail(`unexpected ${positionals.join(' ')}\n${usage}`);
  const access = values.push === undefined ? undefined : registryAccess();
  const started = performance.now();
  const image = await buildImage({ progress });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  progress(
    `built ${image.layout} (${image.manifestDigest}), ${(image.compressedBytes / 2 ** 20).toFixed(1)} MB compressed, in ${seconds} s`,
  );
  if (values.run) return run();
  if (values.push !== undefined && access !== undefined) {
    const pushed = await pushImage(values.push, access);
    progress(`pushed ${pushed.reference}`);
    process.stdout.write(`${pushed.reference}@${pushed.digest}\n`);
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
