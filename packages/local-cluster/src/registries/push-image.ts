// Pushes an image through the Registry v2 API: monolithic blob uploads, then the manifest under a tag.
import type { SeedImage, Blob } from './seed-image';

export interface PushTarget {
  /** `http://127.0.0.1:5000` */
  baseUrl: string;
  repository: string;
  tag: string;
  /** The `Authorization` header value, when the registry needs one. */
  authorization?: string;
}

async function expectStatus(response: Response, expected: number[], what: string): Promise<void> {
  const body = await response.text();
  if (!expected.includes(response.status)) {
    throw new Error(`${what}: registry answered ${response.status} ${body.slice(0, 300)}`);
  }
}

async function pushBlob(target: PushTarget, headers: Record<string, string>, blob: Blob): Promise<void> {
  const blobUrl = `${target.baseUrl}/v2/${target.repository}/blobs/${blob.digest}`;
  const existing = await fetch(blobUrl, { method: 'HEAD', headers });
  await existing.text();
  if (existing.ok) return;
  const start = await fetch(`${target.baseUrl}/v2/${target.repository}/blobs/uploads/`, { method: 'POST', headers });
  await expectStatus(start, [202], `start upload to ${target.repository}`);
  const location = start.headers.get('location');
  if (!location) throw new Error(`start upload to ${target.repository}: no Location header`);
  const upload = new URL(location, target.baseUrl);
  upload.searchParams.set('digest', blob.digest);
  const put = await fetch(upload, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/octet-stream' },
    body: blob.content,
  });
  await expectStatus(put, [201], `upload ${blob.digest} to ${target.repository}`);
}

export async function pushImage(target: PushTarget, image: SeedImage): Promise<void> {
  const headers: Record<string, string> = target.authorization ? { authorization: target.authorization } : {};
  for (const blob of image.blobs) await pushBlob(target, headers, blob);
  const put = await fetch(`${target.baseUrl}/v2/${target.repository}/manifests/${target.tag}`, {
    method: 'PUT',
    headers: { ...headers, 'content-type': image.manifest.mediaType },
    body: image.manifest.content,
  });
  await expectStatus(put, [201], `put manifest ${target.repository}:${target.tag}`);
}
