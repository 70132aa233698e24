// Where the local cluster keeps its state (per checkout, git-ignored) and its cached binaries (per user).
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../../scripts/repo-root.mjs';

export const kubeVersion = 'v1.20.2';

export function stateDir(): string {
  return process.env.BERTH_STATE_DIR ?? path.join(repoRoot, '.berth', 'cluster');
}

export function cacheDir(): string {
  const base = process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache');
  return path.join(base, 'berth');
}

export interface StatePaths {
  root: string;
  logs: string;
  clusterJson: string;
  /** Secret values (tokens, registry passwords) for `env`; mode 0600. */
  envJson: string;
  supervisorConfig: string;
  pki: string;
  etcdData: string;
  tokenFile: string;
  adminKubeconfig: string;
  restrictedKubeconfig: string;
}

export function statePaths(root = stateDir()): StatePaths {
  return {
    root,
    logs: path.join(root, 'logs'),
    clusterJson: path.join(root, 'cluster.json'),
    envJson: path.join(root, 'env.json'),
    supervisorConfig: path.join(root, 'supervisor-config.json'),
    pki: path.join(root, 'pki'),
    etcdData: path.join(root, 'etcd'),
    tokenFile: path.join(root, 'pki', 'tokens.csv'),
    adminKubeconfig: path.join(root, 'admin.kubeconfig'),
    restrictedKubeconfig: path.join(root, 'restricted.kubeconfig'),
  };
}

export function logFile(paths: StatePaths, name: string): string {
  return path.join(paths.logs, `${name}.log`);
}

/** Cluster 2 and up keep their state in `<first cluster's state dir>/clusters/<N>`. */
export const membersDir = 'clusters';

/** The state of every further cluster that was ever started in this state dir, cluster 2 first. */
export function memberStatePaths(first: StatePaths): StatePaths[] {
  const dir = path.join(first.root, membersDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^[0-9]+$/.test(name))
    .sort((a, b) => Number(a) - Number(b))
    .map((name) => statePaths(path.join(dir, name)));
}
