// The node's record of images it has pulled (the image store a real node keeps), in memory and in the state dir.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface PulledImage {
  /** `<registry>/<repository>@<digest>`, what the container status shows as `imageID`. */
  imageID: string;
  pulledAt: string;
}

export class PulledImages {
  private readonly images = new Map<string, PulledImage>();

  /** `file` undefined keeps the record in memory only (unit tests). */
  constructor(private readonly file?: string) {
    if (!file) return;
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { images?: Record<string, PulledImage> };
      for (const [image, pulled] of Object.entries(saved.images ?? {})) this.images.set(image, pulled);
    } catch {
      // No record yet (or an unreadable one): the node starts with no images, as after `--fresh`.
    }
  }

  static inStateDir(stateDir: string): PulledImages {
    return new PulledImages(join(stateDir, 'node-agent', 'pulled-images.json'));
  }

  /** `image` is the normalised reference, e.g. `docker.io/library/nginx:latest`. */
  get(image: string): PulledImage | undefined {
    return this.images.get(image);
  }

  record(image: string, imageID: string, now: Date = new Date()): void {
    this.images.set(image, { imageID, pulledAt: now.toISOString() });
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    // Write then rename, so a crash never leaves half a file.
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify({ images: Object.fromEntries(this.images) }, null, 2)}\n`);
    renameSync(temporary, this.file);
  }
}
