// Real kubeconfig files and real credential plugin scripts in a temp dir, for tests of how the BFF reads kubeconfigs.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { adminKubeConfig } from './cluster';

export interface KubeconfigDir {
  dir: string;
  /** A file at `name` (relative to the dir) holding `content`; its absolute path. */
  file: (name: string, content: string, mode?: number) => string;
  /** A kubeconfig file written as YAML. */
  kubeconfig: (name: string, document: object) => string;
  /** An executable /bin/sh script. */
  script: (name: string, body: string) => string;
  /** The lines a script appended to `name` (one per run, say). */
  lines: (name: string) => string[];
  remove: () => void;
}

export function kubeconfigDir(prefix: string): KubeconfigDir {
  const dir = mkdtempSync(path.join(tmpdir(), `berth-${prefix}-`));
  const file = (name: string, content: string, mode = 0o600) => {
    const at = path.join(dir, name);
    mkdirSync(path.dirname(at), { recursive: true });
    writeFileSync(at, content, { mode });
    return at;
  };
  return {
    dir,
    file,
    kubeconfig: (name, document) => file(name, stringify({ apiVersion: 'v1', kind: 'Config', ...document })),
    script: (name, body) => {
      const at = file(name, `#!/bin/sh\n${body}\n`);
      chmodSync(at, 0o755);
      return at;
    },
    lines: (name) => {
      try {
        return readFileSync(path.join(dir, name), 'utf8')
          .split('\n')
          .filter((line) => line !== '');
      } catch {
        return [];
      }
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The shared local cluster as a kubeconfig names it, and the tokens of its admin and restricted users. */
export function localCluster(): { server: string; certificateAuthority: string; adminToken: string } {
  const admin = adminKubeConfig();
  const cluster = admin.getCurrentCluster();
  const token = admin.getCurrentUser()?.token;
  if (cluster?.caFile === undefined || token === undefined)
    throw new Error('the admin kubeconfig has no CA file or token');
  return { server: cluster.server, certificateAuthority: cluster.caFile, adminToken: token };
}

export const execApiVersion = 'client.authentication.k8s.io/v1beta1';

/**
 * The body of a plugin script that records each run in `runs`, waits `seconds`, and prints an ExecCredential with
 * `token` valid for `validSeconds` (GNU date computes the expiry).
 */
export function tokenPluginBody(options: {
  runsFile: string;
  token: string;
  seconds?: number;
  validSeconds?: number;
  extra?: string;
}): string {
  const expiry =
    options.validSeconds === undefined
      ? ''
      : `,"expirationTimestamp":"'"$(date -u -d '+${options.validSeconds} seconds' +%Y-%m-%dT%H:%M:%SZ)"'"`;
  return [
    `echo run >> '${options.runsFile}'`,
    options.extra ?? '',
    options.seconds === undefined ? '' : `sleep ${options.seconds}`,
    `echo '{"apiVersion":"${execApiVersion}","kind":"ExecCredential","status":{"token":"${options.token}"${expiry}}}'`,
  ].join('\n');
}
