// The service-account signing key pair; the apiserver's --cert-dir generates its own serving certificate.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { runOrThrow } from './exec';

export interface ServiceAccountKeys {
  privateKey: string;
  publicKey: string;
}

export async function ensureServiceAccountKeys(pkiDir: string): Promise<ServiceAccountKeys> {
  mkdirSync(pkiDir, { recursive: true, mode: 0o700 });
  const keys = { privateKey: path.join(pkiDir, 'sa.key'), publicKey: path.join(pkiDir, 'sa.pub') };
  if (!existsSync(keys.privateKey)) {
    await runOrThrow('openssl', [
      'genpkey',
      '-algorithm',
      'RSA',
      '-pkeyopt',
      'rsa_keygen_bits:2048',
      '-out',
      keys.privateKey,
    ]);
  }
  if (!existsSync(keys.publicKey)) {
    await runOrThrow('openssl', ['pkey', '-in', keys.privateKey, '-pubout', '-out', keys.publicKey]);
  }
  return keys;
}

/** Written by kube-apiserver into --cert-dir on first start: its self-signed serving cert plus the CA that signed it. */
export function apiserverCertificate(pkiDir: string): string {
  return path.join(pkiDir, 'apiserver', 'apiserver.crt');
}
