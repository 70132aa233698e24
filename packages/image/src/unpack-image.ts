// An image's files as a container runtime lays them out: `umoci unpack` writes the root filesystem (owners and modes
// as the layer says) and the OCI runtime config a runtime would start it with (args, env, user, cwd).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ensureDebianPackages } from '@berth/local-cluster';
import { repoRoot } from '../../../scripts/repo-root.mjs';
import { imageLayoutDir } from './build-image';
import { layoutTag } from './image-spec';
import { readLayoutImage } from './oci-layout';
import { runTool } from './run-tool';

/** The process part of the runtime config (runtime-spec's config.md) that umoci derives from the image's config. */
const runtimeConfig = z.object({
  process: z.object({
    user: z.object({ uid: z.number(), gid: z.number() }),
    args: z.array(z.string()).min(1),
    env: z.array(z.string()),
    cwd: z.string(),
  }),
});

export interface UnpackedImage {
  manifestDigest: string;
  /** The root filesystem on this machine (a runner mounts it read-only and never writes into it, bar mount points). */
  rootfs: string;
  uid: number;
  gid: number;
  /** The entrypoint and command, as the runtime would run them. */
  args: string[];
  /** `NAME=value`, the image's environment with the runtime's defaults (PATH, HOME from /etc/passwd). */
  env: string[];
  cwd: string;
}

const unpackedRoot = path.join(repoRoot, 'build/image/unpacked');

function readUnpacked(bundle: string, manifestDigest: string): UnpackedImage {
  const { process } = runtimeConfig.parse(JSON.parse(readFileSync(path.join(bundle, 'config.json'), 'utf8')));
  return {
    manifestDigest,
    rootfs: path.join(bundle, 'rootfs'),
    ...process.user,
    args: process.args,
    env: process.env,
    cwd: process.cwd,
  };
}

/** Unpacks the layout's image once per manifest digest (under build/image/unpacked/) and answers how to run it. */
export async function unpackImage(layout: string = imageLayoutDir): Promise<UnpackedImage> {
  const { manifestDigest } = readLayoutImage(layout);
  const bundle = path.join(unpackedRoot, manifestDigest.replace(':', '-'));
  if (existsSync(path.join(bundle, 'config.json'))) return readUnpacked(bundle, manifestDigest);
  await ensureDebianPackages(['umoci']);
  mkdirSync(unpackedRoot, { recursive: true });
  const work = mkdtempSync(`${bundle}.unpacking-`);
  try {
    await runTool('umoci', ['unpack', '--image', `${layout}:${layoutTag}`, path.join(work, 'bundle')]);
    // Another runner may have unpacked the same digest meanwhile: its copy is as good as ours.
    if (!existsSync(bundle)) renameSync(path.join(work, 'bundle'), bundle);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  // Each is about 140 MB: only the newest image's copy is kept.
  for (const old of readdirSync(unpackedRoot).filter((name) => /^sha256-[0-9a-f]{64}$/.test(name)))
    if (path.join(unpackedRoot, old) !== bundle) rmSync(path.join(unpackedRoot, old), { recursive: true, force: true });
  return readUnpacked(bundle, manifestDigest);
}
