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

export interface KubeletClientCertificates {
  /** The CA the node agent trusts for clients (its --client-ca-file, as the kubelet's). */
  certificateAuthority: string;
  /** kube-apiserver's --kubelet-client-certificate and --kubelet-client-key: what it presents to the kubelet for logs. */
  certificate: string;
  key: string;
}

/** A CA for kubelet clients and the apiserver's client certificate signed by it (CN as kubeadm names it). */
export async function ensureKubeletClientCertificates(pkiDir: string): Promise<KubeletClientCertificates> {
  const dir = path.join(pkiDir, 'kubelet-client');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const files = {
    certificateAuthority: path.join(dir, 'ca.crt'),
    certificate: path.join(dir, 'apiserver-kubelet-client.crt'),
    key: path.join(dir, 'apiserver-kubelet-client.key'),
  };
  const caKey = path.join(dir, 'ca.key');
  if (!existsSync(files.certificateAuthority)) {
    await runOrThrow('openssl', [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '3650'],
      ...['-keyout', caKey, '-out', files.certificateAuthority, '-subj', '/CN=berth-kubelet-client-ca'],
    ]);
  }
  if (!existsSync(files.certificate)) {
    const request = path.join(dir, 'apiserver-kubelet-client.csr');
    await runOrThrow('openssl', [
      ...['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', files.key, '-out', request],
      ...['-subj', '/O=system:masters/CN=kube-apiserver-kubelet-client'],
    ]);
    await runOrThrow('openssl', [
      ...['x509', '-req', '-in', request, '-CA', files.certificateAuthority, '-CAkey', caKey, '-CAcreateserial'],
      ...['-days', '3650', '-out', files.certificate],
    ]);
  }
  return files;
}

/** The node's self-signed serving certificate, as a kubelet makes one without --tls-cert-file (the apiserver does not verify it). */
export async function ensureKubeletServingCertificate(
  dir: string,
  nodeName: string,
  nodeIP: string,
): Promise<{ certificate: string; key: string }> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const files = { certificate: path.join(dir, 'kubelet.crt'), key: path.join(dir, 'kubelet.key') };
  if (!existsSync(files.certificate) || !existsSync(files.key)) {
    await runOrThrow('openssl', [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '3650'],
      ...['-keyout', files.key, '-out', files.certificate, '-subj', `/CN=${nodeName}@berth-node-agent`],
      ...['-addext', `subjectAltName=IP:${nodeIP},DNS:${nodeName}`],
    ]);
  }
  return files;
}
