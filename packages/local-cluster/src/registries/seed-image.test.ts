import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSeedImage, manifestMediaType } from './seed-image';

const sha256 = (content: Buffer) => `sha256:${createHash('sha256').update(content).digest('hex')}`;

describe('buildSeedImage', () => {
  const image = buildSeedImage({ path: '/hello.txt', text: 'hello\n' });
  const [config, layer] = image.blobs;

  it('is reproducible, so a second seed pushes nothing new', () => {
    expect(buildSeedImage({ path: '/hello.txt', text: 'hello\n' }).manifest.digest).toBe(image.manifest.digest);
  });

  it('differs when the content differs', () => {
    expect(buildSeedImage({ path: '/hello.txt', text: 'hello v2\n' }).manifest.digest).not.toBe(image.manifest.digest);
  });

  it('describes its blobs by digest and size, and the config names the uncompressed layer', () => {
    if (!config || !layer) throw new Error('expected a config and a layer');
    for (const blob of [...image.blobs, image.manifest]) expect(blob.digest).toBe(sha256(blob.content));
    const manifest = JSON.parse(image.manifest.content.toString()) as {
      schemaVersion: number;
      mediaType: string;
      config: { digest: string; size: number };
      layers: { digest: string; size: number }[];
    };
    expect(manifest).toMatchObject({ schemaVersion: 2, mediaType: manifestMediaType });
    expect(manifest.config).toMatchObject({ digest: config.digest, size: config.content.length });
    expect(manifest.layers).toEqual([{ mediaType: layer.mediaType, digest: layer.digest, size: layer.content.length }]);
    const imageConfig = JSON.parse(config.content.toString()) as {
      architecture: string;
      os: string;
      rootfs: { diff_ids: string[] };
    };
    expect(imageConfig).toMatchObject({ architecture: 'amd64', os: 'linux' });
    expect(imageConfig.rootfs.diff_ids).toEqual([sha256(gunzipSync(layer.content))]);
  });
});
