// `npm run image`: the console's OCI image built without a Docker engine. The root filesystem is staged as a folder
// (stage-rootfs.ts) and umoci (Debian's package) writes it as one layer of an OCI layout, then sets the config from
// image-spec.ts. Every time is the epoch and every file root's, so the same inputs give the same digest.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureDebianPackages } from '@berth/local-cluster';
import { cachedNode24 } from '../../../scripts/node24.mjs';
import { repoRoot } from '../../../scripts/repo-root.mjs';
import { isBuildStale } from '../../../scripts/stale-build.mjs';
import { ensureConsoleBuilt, stageImageFiles } from './image-files';
import { entrypoint, exposedPort, imageCreated, imageEnv, layoutTag, userSpec } from './image-spec';
import { type LayoutImage, readLayoutImage } from './oci-layout';
import { runTool } from './run-tool';

/** Where `npm run image` leaves the image: an OCI layout, tag `berth`. */
export const imageLayoutDir = path.join(repoRoot, 'build/image/oci');

/** What the image is made of, besides the node executable: when one is newer than the layout, it is built again. */
const imageInputs = ['build/bff', 'build/web', 'packages/image/src'];

export interface BuildOptions {
  /** The layout to write; `build/image/oci` by default. */
  layout?: string;
  progress?: (line: string) => void;
}

/** umoci's arguments for the image's config: user, entrypoint, port, environment, and the epoch for every time. */
export function umociConfigArgs(image: string): string[] {
  return [
    'config',
    '--image',
    image,
    '--config.user',
    userSpec,
    ...entrypoint.flatMap((word) => ['--config.entrypoint', word]),
    '--config.exposedports',
    `${exposedPort}/tcp`,
    ...Object.entries(imageEnv).flatMap(([name, value]) => ['--config.env', `${name}=${value}`]),
    '--created',
    imageCreated,
    '--history.created',
    imageCreated,
    '--history.created_by',
    'berth image config',
  ];
}

/** Builds the image into an OCI layout (written aside, then renamed into place) and answers what it holds. */
export async function buildImage(options: BuildOptions = {}): Promise<LayoutImage> {
  const layout = options.layout ?? imageLayoutDir;
  const progress = options.progress ?? (() => undefined);
  await ensureDebianPackages(['umoci']);
  mkdirSync(path.dirname(layout), { recursive: true });
  const work = mkdtempSync(`${layout}.building-`);
  try {
    const aside = path.join(work, 'oci');
    const image = `${aside}:${layoutTag}`;
    await runTool('umoci', ['init', '--layout', aside]);
    await runTool('umoci', ['new', '--image', image]);
    // Files staged into an unpacked empty image and repacked: Debian's umoci 0.4.7 `insert` leaves its layer's tar
    // unterminated (no padding, no end blocks; fixed in 0.5.0, opencontainers/umoci ad29ed3b), which GNU tar refuses.
    const bundle = path.join(work, 'bundle');
    await runTool('umoci', ['unpack', '--image', image, bundle]);
    const files = stageImageFiles(path.join(bundle, 'rootfs'), cachedNode24(), progress);
    progress(`writing ${files.length} files and folders as one layer (umoci)`);
    const created = ['--history.created', imageCreated, '--history.created_by', 'berth image files'];
    await runTool('umoci', ['repack', '--image', image, ...created, bundle]);
    await runTool('umoci', umociConfigArgs(image));
    await runTool('umoci', ['gc', '--layout', aside]);
    rmSync(layout, { recursive: true, force: true });
    renameSync(aside, layout);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return readLayoutImage(layout);
}

/** The image `npm run image` built, built again first when the BFF, the SPA or the image's own code changed since. */
export async function ensureImageBuilt(options: BuildOptions = {}): Promise<LayoutImage> {
  const layout = options.layout ?? imageLayoutDir;
  ensureConsoleBuilt(options.progress ?? (() => undefined));
  const index = path.join(layout, 'index.json');
  if (existsSync(index) && !isBuildStale(index, imageInputs)) return readLayoutImage(layout);
  return buildImage(options);
}
