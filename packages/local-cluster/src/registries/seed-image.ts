// A tiny image built in memory: one gzipped layer holding one file, its config, and a Docker v2 schema 2 manifest.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { tarArchive } from './ustar';

export interface Blob {
  mediaType: string;
  digest: string;
  content: Buffer;
}

export interface SeedImage {
  blobs: Blob[];
  manifest: Blob;
}

export const manifestMediaType = 'application/vnd.docker.distribution.manifest.v2+json';

function sha256(content: Buffer): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`;
}

function blob(mediaType: string, content: Buffer): Blob {
  return { mediaType, digest: sha256(content), content };
}

/** Same file and text give the same digests on every run, so seeding is idempotent. */
export function buildSeedImage(file: { path: string; text: string }): SeedImage {
  const created = '2024-01-01T00:00:00Z';
  const tar = tarArchive([
    { name: file.path.replace(/^\/+/, ''), content: Buffer.from(file.text, 'utf8'), mtime: 1704067200 },
  ]);
  const layer = blob('application/vnd.docker.image.rootfs.diff.tar.gzip', gzipSync(tar));
  const config = blob(
    'application/vnd.docker.container.image.v1+json',
    Buffer.from(
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        created,
        config: { Cmd: ['/hello'], Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'] },
        rootfs: { type: 'layers', diff_ids: [sha256(tar)] },
        history: [{ created, created_by: `berth seed: ${file.path}` }],
      }),
    ),
  );
  const describe = (b: Blob) => ({ mediaType: b.mediaType, size: b.content.length, digest: b.digest });
  const manifest = blob(
    manifestMediaType,
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: manifestMediaType,
        config: describe(config),
        layers: [describe(layer)],
      }),
    ),
  );
  return { blobs: [config, layer], manifest };
}
