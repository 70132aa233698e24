// Reading an OCI image layout (image-spec's image-layout.md): index.json names the manifest, the manifest its config and
// layers, each a blob under blobs/<algorithm>/<hex>.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const descriptor = z.object({
  mediaType: z.string(),
  digest: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  size: z.number(),
});
const index = z.object({ manifests: z.array(descriptor).min(1) });
const manifest = z.object({ config: descriptor, layers: z.array(descriptor) });

/** The part of an OCI image config a container runtime reads to start it. */
export const imageConfig = z.object({
  architecture: z.string(),
  os: z.string(),
  created: z.string().optional(),
  config: z.object({
    User: z.string().optional(),
    Entrypoint: z.array(z.string()).optional(),
    Cmd: z.array(z.string()).optional(),
    Env: z.array(z.string()).optional(),
    ExposedPorts: z.record(z.string(), z.object({})).optional(),
    WorkingDir: z.string().optional(),
  }),
});
export type ImageConfig = z.infer<typeof imageConfig>;

export interface LayoutImage {
  layout: string;
  manifestDigest: string;
  config: ImageConfig;
  /** The bytes a registry stores and a node pulls: the compressed layers, the config and the manifest. */
  compressedBytes: number;
  /** The layers' blob files, base first. */
  layerFiles: string[];
}

const blobPath = (layout: string, digest: string) => path.join(layout, 'blobs', ...digest.split(':'));
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** The one image of the layout: its manifest's digest, its config and its compressed size. */
export function readLayoutImage(layout: string): LayoutImage {
  const entry = index.parse(readJson(path.join(layout, 'index.json'))).manifests[0];
  if (entry === undefined) throw new Error(`${layout}/index.json names no image`);
  const { config, layers } = manifest.parse(readJson(blobPath(layout, entry.digest)));
  const blobBytes = [config, ...layers].reduce((sum, blob) => sum + statSync(blobPath(layout, blob.digest)).size, 0);
  return {
    layout,
    manifestDigest: entry.digest,
    config: imageConfig.parse(readJson(blobPath(layout, config.digest))),
    compressedBytes: blobBytes + entry.size,
    layerFiles: layers.map((layer) => blobPath(layout, layer.digest)),
  };
}
