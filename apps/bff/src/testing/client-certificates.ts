// A throwaway client CA and client certificates made with openssl, for an API server started with --client-ca-file.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface ClientCertificate {
  certFile: string;
  keyFile: string;
  cert: string;
  key: string;
}

export interface ClientCertificateAuthority {
  caFile: string;
  /** A certificate for user `name` in `groups` (its CN and O, as the API server reads them). */
  issue: (name: string, groups?: readonly string[]) => ClientCertificate;
}

const openssl = (args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

export function clientCertificateAuthority(dir: string): ClientCertificateAuthority {
  const caFile = path.join(dir, 'client-ca.crt');
  const caKey = path.join(dir, 'client-ca.key');
  openssl([
    'req',
    '-x509',
    ...ecKey,
    '-keyout',
    caKey,
    '-out',
    caFile,
    '-days',
    '1',
    '-subj',
    '/CN=berth-test-client-ca',
  ]);
  const usage = path.join(dir, 'client-usage.cnf');
  writeFileSync(usage, 'extendedKeyUsage=clientAuth\n');
  return {
    caFile,
    issue: (name, groups = []) => {
      const base = path.join(dir, name);
      const subject = `/CN=${name}${groups.map((group) => `/O=${group}`).join('')}`;
      openssl(['req', ...ecKey, '-keyout', `${base}.key`, '-out', `${base}.csr`, '-subj', subject]);
      openssl([
        'x509',
        '-req',
        '-in',
        `${base}.csr`,
        '-CA',
        caFile,
        '-CAkey',
        caKey,
        '-CAcreateserial',
        '-out',
        `${base}.crt`,
        '-days',
        '1',
        '-extfile',
        usage,
      ]);
      return {
        certFile: `${base}.crt`,
        keyFile: `${base}.key`,
        cert: readFileSync(`${base}.crt`, 'utf8'),
        key: readFileSync(`${base}.key`, 'utf8'),
      };
    },
  };
}
