// A throwaway certificate for 127.0.0.1, so tests can serve the app over https as `--tls-cert` does.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:https';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Express } from 'express';

/** The certificate and its key as PEM files, for what takes paths (`--tls-cert`, `--tls-key`). */
export function selfSignedCertificateFiles(): { cert: string; key: string } {
  const dir = mkdtempSync(join(tmpdir(), 'berth-tls-'));
  const [cert, key] = [join(dir, 'cert.pem'), join(dir, 'key.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { cert, key };
}

export function selfSignedCertificate(): { cert: Buffer; key: Buffer } {
  const { cert, key } = selfSignedCertificateFiles();
  return { cert: readFileSync(cert), key: readFileSync(key) };
}

/** The app on an https server at 127.0.0.1; `ca` is what a client trusts to reach it. */
export async function listenTls(app: Express): Promise<{ server: Server; url: string; ca: Buffer }> {
  const { cert, key } = selfSignedCertificate();
  const server = createServer({ cert, key }, app).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`, ca: cert };
}
