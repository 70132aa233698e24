// A minimal POSIX ustar archive of regular files: all a seed image layer needs.

export interface TarEntry {
  /** Path inside the archive, without a leading slash, at most 100 bytes. */
  name: string;
  content: Buffer;
  mode?: number;
  /** Seconds since the epoch; fixed so the layer's digest is reproducible. */
  mtime?: number;
}

const blockSize = 512;

function writeString(header: Buffer, offset: number, length: number, value: string): void {
  const bytes = Buffer.from(value, 'utf8');
  if (bytes.length > length) throw new Error(`tar field too long: ${value}`);
  bytes.copy(header, offset);
}

/** Zero-padded octal followed by a NUL, as ustar numeric fields are. */
function writeOctal(header: Buffer, offset: number, length: number, value: number): void {
  writeString(header, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}

function headerFor(entry: TarEntry): Buffer {
  const header = Buffer.alloc(blockSize);
  writeString(header, 0, 100, entry.name);
  writeOctal(header, 100, 8, entry.mode ?? 0o644);
  writeOctal(header, 108, 8, 0);
  writeOctal(header, 116, 8, 0);
  writeOctal(header, 124, 12, entry.content.length);
  writeOctal(header, 136, 12, entry.mtime ?? 0);
  header.fill(' ', 148, 156);
  writeString(header, 156, 1, '0');
  writeString(header, 257, 6, 'ustar\0');
  writeString(header, 263, 2, '00');
  writeString(header, 265, 32, 'root');
  writeString(header, 297, 32, 'root');
  let checksum = 0;
  for (const byte of header) checksum += byte;
  writeString(header, 148, 8, `${checksum.toString(8).padStart(6, '0')}\0 `);
  return header;
}

export function tarArchive(entries: TarEntry[]): Buffer {
  const parts = entries.flatMap((entry) => {
    const padding = (blockSize - (entry.content.length % blockSize)) % blockSize;
    return [headerFor(entry), entry.content, Buffer.alloc(padding)];
  });
  // Two zero blocks end the archive.
  return Buffer.concat([...parts, Buffer.alloc(2 * blockSize)]);
}
