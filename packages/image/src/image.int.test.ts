// The image built for real (umoci), pushed to the local cluster's htpasswd registry (skopeo) and run from its own files
// read-only as its user. One build per run: ensureImageBuilt reuses build/image/oci while its inputs are unchanged.
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freeLoopbackPort, requiredEnv, runLogVariable } from '@berth/local-cluster/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureImageBuilt } from './build-image';
import { bffEntry, entrypoint, exposedPort, imageEnv, nodePath, spaDir, userSpec, writableDir } from './image-spec';
import { kubeconfigBind } from './kubeconfig-bind';
import type { LayoutImage } from './oci-layout';
import { pushImage, readPushedImage } from './push-image';
import { runImage, type RunImageOptions, waitUntilReady } from './run-image';
import { type UnpackedImage, unpackImage } from './unpack-image';

let image: LayoutImage;
let unpacked: UnpackedImage;
const scratch = mkdtempSync(path.join(tmpdir(), 'berth-image-test-'));

beforeAll(async () => {
  const started = performance.now();
  image = await ensureImageBuilt();
  unpacked = await unpackImage();
  console.error(`[image] built or reused and unpacked in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}, 300_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `script` with the image's node, read-only as `user`, and answers what it printed. */
async function nodeInImage(script: string, options: RunImageOptions = {}): Promise<string> {
  const logFile = path.join(scratch, `node-${String(Date.now())}.log`);
  const running = runImage(unpacked, { ...options, command: [nodePath, '-e', script], logFile });
  const status = await running.exited;
  expect(status, running.logTail()).toEqual({ code: 0, signal: null });
  return readFileSync(logFile, 'utf8');
}

const tryWrites = `const fs = require('node:fs');
const attempt = (file) => { try { fs.writeFileSync(file, 'x'); return 'written'; } catch (error) { return error.code; } };
console.log(JSON.stringify({ app: attempt('/app/x'), etc: attempt('/etc/x'), root: attempt('/x'), tmp: attempt('/tmp/x'), devNull: attempt('/dev/null'), proc: fs.existsSync('/proc/self/status'), uid: process.getuid(), gid: process.getgid() }));`;

describe('the console image', () => {
  it('runs node as the fixed non-root user, listening on every address at the exposed port', () => {
    expect(image.config.architecture).toBe('amd64');
    expect(image.config.config.User).toBe(userSpec);
    expect(image.config.config.Entrypoint).toEqual(entrypoint);
    expect(image.config.config.ExposedPorts).toEqual({ [`${exposedPort}/tcp`]: {} });
    expect(image.config.config.Env).toEqual(
      expect.arrayContaining(Object.entries(imageEnv).map(([k, v]) => `${k}=${v}`)),
    );
    expect(image.config.created).toBe('1970-01-01T00:00:00Z');
    expect(image.compressedBytes).toBeLessThan(80 * 2 ** 20);
  });

  it('holds node, its libraries, the BFF bundle and the SPA, and no shell, no npm, nothing writable but /tmp', () => {
    expect(image.layerFiles).toHaveLength(1);
    // The layer itself, as `tar -tv` lists it: mode, owner/group, size, date, time, name.
    const entries = execFileSync('tar', ['-tzvf', image.layerFiles[0] ?? '', '--numeric-owner'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/))
      .map(([mode = '', owner = '', , date = '', , name = '']) => ({
        mode,
        owner,
        date,
        file: `/${name.replace(/^\//, '')}`,
      }));
    const files = entries.map((entry) => entry.file);
    expect(files).toEqual(
      expect.arrayContaining([nodePath, bffEntry, `${spaDir}/index.html`, '/etc/passwd', '/lib64/']),
    );
    expect(files.filter((file) => /(^|\/)(npm|npx|corepack|sh|bash|dash)$/.test(file))).toEqual([]);
    expect(files.filter((file) => file.startsWith(`${writableDir}/`))).toEqual([`${writableDir}/`]);
    expect(entries.find((entry) => entry.file === `${writableDir}/`)?.mode).toBe('drwxrwxrwt');
    expect(new Set(entries.map((entry) => entry.owner))).toEqual(new Set(['0/0']));
    expect(new Set(entries.map((entry) => entry.date))).toEqual(new Set(['1970-01-01']));
    for (const absent of ['/bin/sh', '/usr/bin/sh', '/bin/bash', '/usr/local/bin/npm'])
      expect(existsSync(path.join(unpacked.rootfs, absent)), absent).toBe(false);
  });

  it('pushes to the private registry with credentials, and the registry gives it back only with them', async () => {
    const registry = requiredEnv('BERTH_REGISTRY');
    const login = {
      username: requiredEnv('BERTH_REGISTRY_USERNAME'),
      password: requiredEnv('BERTH_REGISTRY_PASSWORD'),
    };
    const reference = `${registry}/image-test/berth:${String(process.pid)}`;
    const pushed = await pushImage(reference, { login });
    expect(pushed.digest).toBe(image.manifestDigest);
    const read = await readPushedImage(reference, { login });
    expect(read.config).toMatchObject({ config: { User: userSpec, Entrypoint: [...entrypoint] } });
    expect(read.manifest).toMatchObject({
      schemaVersion: 2,
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip' }],
    });
    await expect(readPushedImage(reference)).rejects.toThrow(/unauthorized|authentication required/);
    await expect(readPushedImage(reference, { login: { ...login, password: 'not-the-password' } })).rejects.toThrow(
      /unauthorized|authentication required|invalid username/,
    );
  }, 120_000);

  it('never shows a push password: not in the error a refused push throws, not left behind in an auth file', async () => {
    const registry = requiredEnv('BERTH_REGISTRY');
    const password = `wrong-${String(process.pid)}-push-password`;
    // A temp folder of this test's own, so another file's push running at the same time cannot be mistaken for a leftover.
    const ownTmp = mkdtempSync(path.join(scratch, 'tmp-'));
    const machineTmp = process.env.TMPDIR;
    process.env.TMPDIR = ownTmp;
    const refused = await pushImage(`${registry}/image-test/berth:refused`, {
      login: { username: requiredEnv('BERTH_REGISTRY_USERNAME'), password },
    })
      .then(
        () => new Error('the push was accepted'),
        (error: unknown) => error as Error,
      )
      .finally(() => {
        if (machineTmp === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = machineTmp;
      });
    expect(refused.message).toMatch(/unauthorized|authentication required|invalid username/);
    expect(refused.message).not.toContain(password);
    expect(refused.message).not.toContain(Buffer.from(password).toString('base64').slice(0, 12));
    expect(readdirSync(ownTmp).filter((name) => name.startsWith('berth-push-'))).toEqual([]);
  }, 120_000);

  it('serves readyz 200 and the SPA from its own files, read-only, as 65532', async () => {
    const port = await freeLoopbackPort();
    const { bind, env } = kubeconfigBind(requiredEnv('KUBECONFIG'), requiredEnv('BERTH_KUBECTL'), scratch);
    const logFile = path.join(scratch, 'console.log');
    // Loopback on this shared machine; in a pod the image's own BERTH_HOST=0.0.0.0 applies.
    const running = runImage(unpacked, {
      env: { ...env, BERTH_HOST: '127.0.0.1', BERTH_PORT: String(port) },
      binds: [bind],
      logFile,
    });
    let stopped;
    try {
      await waitUntilReady(running, `http://127.0.0.1:${port}/api/readyz`);
      const status = readFileSync(`/proc/${running.pid}/status`, 'utf8');
      expect(status).toMatch(/^Uid:\s+65532\s+65532\s+65532\s+65532$/m);
      expect(status).toMatch(/^Gid:\s+65532\s+65532\s+65532\s+65532$/m);
      expect(status).toMatch(/^Groups:\s*$/m);
      expect(status).toMatch(/^NoNewPrivs:\s+1$/m);
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    } finally {
      stopped = await running.stop();
      // The run's leak proof reads every BFF's log lines, this one's too.
      const runLog = process.env[runLogVariable];
      if (runLog !== undefined) appendFileSync(runLog, readFileSync(logFile, 'utf8'));
    }
    expect(stopped, 'SIGTERM stops it cleanly').toEqual({ code: 0, signal: null });
  }, 60_000);

  it('binds a directory read-only where a pod mounts its service account, with the environment given', async () => {
    const account = mkdtempSync(path.join(scratch, 'serviceaccount-'));
    writeFileSync(path.join(account, 'namespace'), 'team-a');
    chmodSync(account, 0o755);
    const target = '/var/run/secrets/kubernetes.io/serviceaccount';
    const script = `const fs = require('node:fs');
let write; try { fs.writeFileSync('${target}/token', 'x'); write = 'written'; } catch (error) { write = error.code; }
console.log(JSON.stringify({ namespace: fs.readFileSync('${target}/namespace', 'utf8'), write, host: process.env.KUBERNETES_SERVICE_HOST }));`;
    const printed = await nodeInImage(script, {
      binds: [{ source: account, target }],
      env: { KUBERNETES_SERVICE_HOST: '127.0.0.1' },
    });
    expect(JSON.parse(printed)).toEqual({ namespace: 'team-a', write: 'EROFS', host: '127.0.0.1' });
  }, 60_000);

  it('writes nowhere but /tmp, even as root: the root filesystem is mounted read-only', async () => {
    // What tryWrites reports for any user: only /tmp and /dev/null take a write, and /proc is there.
    const readOnlyRoot = { app: 'EROFS', etc: 'EROFS', root: 'EROFS', tmp: 'written', devNull: 'written', proc: true };
    const asImageUser = JSON.parse(await nodeInImage(tryWrites)) as Record<string, unknown>;
    expect(asImageUser).toEqual({ ...readOnlyRoot, uid: 65532, gid: 65532 });
    const asRoot = JSON.parse(await nodeInImage(tryWrites, { user: { uid: 0, gid: 0 } })) as Record<string, unknown>;
    expect(asRoot).toMatchObject({ ...readOnlyRoot, uid: 0 });
  }, 60_000);
});
