// Finds (or builds once and caches) the Kubernetes v1.20.2 server binaries and a matching kubectl.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runCommand, runOrThrow } from './exec';
import { repoRoot } from '../../../scripts/repo-root.mjs';
import { kubeVersion } from './paths';

export interface KubeBinaries {
  kubeApiserver: string;
  kubeControllerManager: string;
  kubeScheduler: string;
}

const serverNames = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'] as const;
const buildScript = path.join(repoRoot, 'packages/local-cluster/scripts/build-kube.sh');

function toBinaries(dir: (name: string) => string): KubeBinaries {
  return {
    kubeApiserver: dir('kube-apiserver'),
    kubeControllerManager: dir('kube-controller-manager'),
    kubeScheduler: dir('kube-scheduler'),
  };
}

/** The flags we pass (`--port=0`, ...) are those of 1.20; other minors may reject them. */
async function isKube120(binary: string): Promise<boolean> {
  const result = await runCommand(binary, ['--version']).catch(() => undefined);
  return result?.code === 0 && result.stdout.includes('v1.20.');
}

function findOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

async function fromDirectoryOrPath(): Promise<KubeBinaries | undefined> {
  const assets = process.env.KUBEBUILDER_ASSETS;
  const locate = (name: string) =>
    assets && existsSync(path.join(assets, name)) ? path.join(assets, name) : findOnPath(name);
  const found = serverNames.map(locate);
  if (found.some((binary) => binary === undefined)) return undefined;
  const checks = await Promise.all(found.map((binary) => isKube120(binary as string)));
  if (checks.every(Boolean)) return toBinaries(locate as (name: string) => string);
  console.warn('[berth cluster] ignoring kube binaries from KUBEBUILDER_ASSETS/PATH: they are not v1.20');
  return undefined;
}

export function kubeCacheDir(cache: string): string {
  return path.join(cache, `kube-${kubeVersion}`);
}

/** KUBEBUILDER_ASSETS or PATH, else the cache, else a cold build (minutes; the script locks and prints progress). */
export async function ensureKubeBinaries(cache: string): Promise<KubeBinaries> {
  const provided = await fromDirectoryOrPath();
  if (provided) return provided;
  const dir = kubeCacheDir(cache);
  const cached = toBinaries((name) => path.join(dir, name));
  if (serverNames.every((name) => existsSync(path.join(dir, name)))) return cached;
  console.error(`[berth cluster] building Kubernetes ${kubeVersion} server binaries into ${dir} (cold build, minutes)`);
  const result = await runCommand('bash', [buildScript, dir], { stdio: 'stderr-through' });
  if (result.code !== 0) throw new Error(`building the Kubernetes binaries failed (exit ${String(result.code)})`);
  return cached;
}

/** The host's /usr/bin/kubectl may be another package's; a 1.20 kubectl is unpacked from Debian's .deb instead. */
export async function ensureKubectl(cache: string): Promise<string> {
  const assets = process.env.KUBEBUILDER_ASSETS;
  if (assets && existsSync(path.join(assets, 'kubectl'))) return path.join(assets, 'kubectl');
  const root = path.join(cache, 'kubectl');
  const kubectl = path.join(root, 'usr/bin/kubectl');
  if (existsSync(kubectl)) return kubectl;
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(path.join(cache, '.kubectl-'));
  try {
    await runOrThrow('apt-get', ['download', '-qq', 'kubernetes-client'], { cwd: work });
    const deb = readdirSync(work).find((file) => file.endsWith('.deb'));
    if (!deb) throw new Error('apt-get download kubernetes-client produced no .deb');
    await runOrThrow('dpkg-deb', ['-x', path.join(work, deb), path.join(work, 'root')]);
    // Rename is atomic: a concurrent start sees either no kubectl or a complete one.
    if (!existsSync(kubectl)) renameSync(path.join(work, 'root'), root);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return kubectl;
}
