// The token issuer's RSA key and self-signed certificate (the registry's `rootcertbundle`), made once by openssl.
import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface SigningCert {
  keyFile: string;
  certFile: string;
}

export async function ensureSigningCert(dir: string, subject: string): Promise<SigningCert> {
  const cert = { keyFile: join(dir, 'token-signing.key'), certFile: join(dir, 'token-signing.crt') };
  try {
    await Promise.all([access(cert.keyFile), access(cert.certFile)]);
    return cert;
  } catch {
    // missing: generate below
  }
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-sha256',
    '-days',
    '3650',
    '-subj',
    `/CN=${subject}`,
    '-keyout',
    cert.keyFile,
    '-out',
    cert.certFile,
  ]);
  return cert;
}
