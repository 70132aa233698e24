// A throw-away kustomize overlay of the repository's deploy/ manifests, as a person would write one: the base (or the
// ingress overlay) copied into a temp dir with a fresh session key, re-namespaced, naming a pushed image.
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../../../../scripts/repo-root.mjs';

export interface DeployOverlayOptions {
  /** A fresh namespace; the base's Namespace object is renamed to it. */
  namespace: string;
  /** `REGISTRY/REPO:TAG` (or `@sha256:...`) replacing the base's `berth` image. */
  image?: string;
  /** Build on `overlays/ingress` instead of `base`. */
  ingress?: boolean;
  /** Replaces the base's 2 (0: the manifests' objects without pods, when the replicas run from the image's files here). */
  replicas?: number;
}

export interface DeployOverlay {
  /** The directory to pass to `kubectl apply -k` / `kubectl kustomize`. */
  dir: string;
  /** The session-keys file its secretGenerator reads (one base64 key a line). */
  sessionKeysFile: string;
  remove: () => void;
}

/** `host[:port]/path:tag` or `...@sha256:hex` as kustomize's `images:` entry wants it. */
export function kustomizeImage(image: string): { newName: string; newTag?: string; digest?: string } {
  const at = image.indexOf('@');
  if (at >= 0) return { newName: image.slice(0, at), digest: image.slice(at + 1) };
  const colon = image.lastIndexOf(':');
  return colon > image.lastIndexOf('/')
    ? { newName: image.slice(0, colon), newTag: image.slice(colon + 1) }
    : { newName: image };
}

export interface DeployManifests {
  /** The copy of deploy/: `base` and `overlays/ingress` under it. */
  deployDir: string;
  /** The base's session-keys file, with one fresh key. */
  sessionKeysFile: string;
  root: string;
  remove: () => void;
}

/** deploy/'s manifests (the YAML only) copied into a temp dir with a fresh session key: a developer's own key stays put. */
export function copyDeployManifests(): DeployManifests {
  const root = mkdtempSync(path.join(tmpdir(), 'berth-deploy-'));
  const deployDir = path.join(root, 'deploy');
  cpSync(path.join(repoRoot, 'deploy'), deployDir, {
    recursive: true,
    filter: (source) => statSync(source).isDirectory() || source.endsWith('.yaml'),
  });
  const sessionKeysFile = path.join(deployDir, 'base/session-keys');
  writeFileSync(sessionKeysFile, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  return { deployDir, sessionKeysFile, root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export function writeDeployOverlay(options: DeployOverlayOptions): DeployOverlay {
  const { root, sessionKeysFile, remove } = copyDeployManifests();
  const dir = path.join(root, 'overlay');
  mkdirSync(dir);
  const image = options.image === undefined ? [] : [{ name: 'berth', ...kustomizeImage(options.image) }];
  const lines = [
    `namespace: ${options.namespace}`,
    'bases:',
    `  - ../deploy/${options.ingress ? 'overlays/ingress' : 'base'}`,
    ...(image.length > 0 ? ['images:', ...image.map((entry) => `  - ${JSON.stringify(entry)}`)] : []),
    'patchesJson6902:',
    '  - target: {version: v1, kind: Namespace, name: berth}',
    '    path: namespace-name.yaml',
    ...(options.replicas === undefined
      ? []
      : ['  - target: {group: apps, version: v1, kind: Deployment, name: berth}', '    path: replicas.yaml']),
  ];
  if (options.replicas !== undefined)
    writeFileSync(
      path.join(dir, 'replicas.yaml'),
      `- op: replace\n  path: /spec/replicas\n  value: ${options.replicas}\n`,
    );
  writeFileSync(path.join(dir, 'kustomization.yaml'), `${lines.join('\n')}\n`);
  // kustomize 2.0's `namespace:` leaves Namespace objects' own names alone.
  writeFileSync(
    path.join(dir, 'namespace-name.yaml'),
    `- op: replace\n  path: /metadata/name\n  value: ${options.namespace}\n`,
  );
  return { dir, sessionKeysFile, remove };
}
