// The Debian packages the local cluster runs on (and the image builder's tools); installed when we are root, otherwise we
// say exactly what to run.
import { runCommand } from './exec';

export const requiredPackages = ['etcd-server', 'docker-registry', 'apache2-utils', 'golang-go', 'rsync'] as const;

async function isInstalled(name: string): Promise<boolean> {
  const result = await runCommand('dpkg-query', ['-W', '-f=${Status}', name]).catch(() => undefined);
  return result?.code === 0 && result.stdout.includes('install ok installed');
}

export async function missingPackages(names: readonly string[] = requiredPackages): Promise<string[]> {
  const installed = await Promise.all(names.map(isInstalled));
  return names.filter((_, index) => !installed[index]);
}

export class MissingPackagesError extends Error {
  constructor(readonly packages: string[]) {
    super(
      `Berth needs Debian packages that are not installed; run:\n` +
        `  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
    );
    this.name = 'MissingPackagesError';
  }
}

export async function ensureDebianPackages(names: readonly string[] = requiredPackages): Promise<void> {
  const missing = await missingPackages(names);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new MissingPackagesError(missing);
  console.error(`[berth cluster] installing Debian packages: ${missing.join(' ')}`);
  const update = await runCommand('apt-get', ['update', '-qq'], { stdio: 'stderr-through' });
  if (update.code !== 0) throw new Error(`apt-get update failed (exit ${String(update.code)})`);
  const install = await runCommand('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: 'stderr-through',
  });
  if (install.code !== 0) throw new Error(`apt-get install ${missing.join(' ')} failed (exit ${String(install.code)})`);
}
