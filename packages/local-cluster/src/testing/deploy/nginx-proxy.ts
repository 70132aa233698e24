// Debian's nginx as the TLS reverse proxy in front of Berth's replicas, started and stopped by its pid.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureDebianPackages } from '../../debian-packages';
import { freeLoopbackPort } from '../free-port';
import { accessLogName, nginxConfig, requestsPerUpstream } from './nginx-config';

export const nginxBinary = '/usr/sbin/nginx';

export interface NginxProxy {
  /** `https://127.0.0.1:PORT` */
  origin: string;
  pid: number;
  /** The self-signed certificate the proxy serves (PEM), for clients that trust it. */
  certificate: string;
  /** Requests each upstream answered so far, from the access log. */
  requestsPerUpstream: () => Map<string, number>;
  stop: () => Promise<void>;
}

function selfSignedCertificate(dir: string): { certFile: string; keyFile: string } {
  const [certFile, keyFile] = [path.join(dir, 'cert.pem'), path.join(dir, 'key.pem')];
  const subject = ['-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'];
  const key = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', keyFile];
  execFileSync('openssl', ['req', '-x509', ...key, '-days', '1', ...subject, '-out', certFile], { stdio: 'ignore' });
  return { certFile, keyFile };
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts nginx on `port` (a free loopback port by default), proxying `basePath` to `upstreams` (`127.0.0.1:PORT`), over TLS. */
export async function startNginxProxy(
  basePath: string,
  upstreams: readonly string[],
  port?: number,
): Promise<NginxProxy> {
  await ensureDebianPackages(['nginx']);
  const dir = mkdtempSync(path.join(tmpdir(), 'berth-nginx-'));
  // Run as root, nginx's workers become `nobody`: they must reach the temp dirs.
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, 'tmp'), { mode: 0o777 });
  chmodSync(path.join(dir, 'tmp'), 0o777);
  const { certFile, keyFile } = selfSignedCertificate(dir);
  const listenPort = port ?? (await freeLoopbackPort());
  const configFile = path.join(dir, 'nginx.conf');
  writeFileSync(configFile, nginxConfig({ dir, listenPort, basePath, upstreams, certFile, keyFile }));
  // -e: the error log from the very start is ours, not /var/log/nginx's; daemon off keeps the master our child.
  const child = spawn(nginxBinary, ['-c', configFile, '-p', dir, '-e', path.join(dir, 'error.log')], {
    stdio: 'ignore',
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('nginx did not start');
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(pid, 'SIGTERM');
    await Promise.race([exited(child), sleep(10_000)]);
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 10_000;
  while (!(await listening(listenPort))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      const log = readFileSync(path.join(dir, 'error.log'), 'utf8');
      await stop();
      throw new Error(`nginx did not listen on 127.0.0.1:${listenPort}:\n${log}`);
    }
    await sleep(50);
  }
  return {
    origin: `https://127.0.0.1:${listenPort}`,
    pid,
    certificate: readFileSync(certFile, 'utf8'),
    requestsPerUpstream: () => requestsPerUpstream(readFileSync(path.join(dir, accessLogName), 'utf8')),
    stop,
  };
}
