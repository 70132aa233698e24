// Runs an unpacked image's own files as a cluster would: a new mount namespace (util-linux `unshare`) where the root
// filesystem is bind-mounted read-only with a tmpfs on /tmp, /proc, a minimal /dev, and read-only binds of the caller's files (a service-account
// directory, a kubeconfig), then chroot'ed there as the image's UID:GID with no_new_privs, on the host's network. The
// spawned pid is the entrypoint's own (each step execs the next), so stopping it by pid stops the image, and its mounts
// go with its namespace.
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writableDir } from './image-spec';
import type { UnpackedImage } from './unpack-image';

export interface ReadOnlyBind {
  /** A file or directory on this machine. */
  source: string;
  /** Where it appears inside the image, e.g. /var/run/secrets/kubernetes.io/serviceaccount. */
  target: string;
}

export interface RunImageOptions {
  /** Set on top of the image's environment (as a pod's `env`). */
  env?: Record<string, string>;
  /** Replaces the image's entrypoint (as a pod's `command`). */
  command?: readonly string[];
  /** Appended to the entrypoint (as a pod's `args`). */
  args?: readonly string[];
  binds?: readonly ReadOnlyBind[];
  /** Who to run as instead of the image's user (a test of the read-only root runs as root). */
  user?: { uid: number; gid: number };
  /** The process's stdout and stderr; a new file under the OS temp folder by default. */
  logFile?: string;
  /** The size of the /tmp tmpfs (mount(8)'s `size=`), 64m by default. */
  tmpSize?: string;
  /** Bind the host's /etc/hosts and /etc/resolv.conf read-only, as the kubelet does for a pod; true by default. */
  hostNameFiles?: boolean;
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningImage {
  /** The entrypoint's own pid. */
  pid: number;
  logFile: string;
  exited: Promise<ExitStatus>;
  /** SIGTERM, then SIGKILL after `graceMs` (10 s); resolves when the process has exited. */
  stop(graceMs?: number): Promise<ExitStatus>;
  /** The last lines of its output, for a failure's message. */
  logTail(lines?: number): string;
}

// Positional parameters only: no path or value is ever parsed by the shell, which runs on the host, not in the image.
const mountScript = `set -eu
root=$1 tmp_size=$2 binds=$3 uid=$4 gid=$5 cwd=$6; shift 6
/bin/mount --bind "$root" "$root"
/bin/mount -o remount,bind,ro "$root"
/bin/mount -t tmpfs -o nosuid,nodev,mode=1777,size="$tmp_size" tmpfs "$root${writableDir}"
# What a runtime gives every container: /proc, and a /dev of the harmless character devices only.
/bin/mount -t proc -o nosuid,nodev,noexec proc "$root/proc"
/bin/mount -t tmpfs -o nosuid,noexec,mode=755,size=64k tmpfs "$root/dev"
for device in null zero full random urandom; do
  : > "$root/dev/$device"
  /bin/mount --bind "/dev/$device" "$root/dev/$device"
done
/bin/ln -s /proc/self/fd "$root/dev/fd"
/bin/ln -s /proc/self/fd/0 "$root/dev/stdin"
/bin/ln -s /proc/self/fd/1 "$root/dev/stdout"
/bin/ln -s /proc/self/fd/2 "$root/dev/stderr"
while [ "$binds" -gt 0 ]; do
  /bin/mount --bind "$1" "$root$2"
  /bin/mount -o remount,bind,ro "$root$2"
  shift 2; binds=$((binds - 1))
done
exec /usr/bin/setpriv --no-new-privs /usr/bin/unshare --root="$root" --wd="$cwd" --setgid="$gid" --setuid="$uid" -- "$@"
`;

/** A mount point for `target` inside the unpacked rootfs (a file for a file, a folder for a folder), made before the root goes read-only. */
function makeMountPoint(rootfs: string, bind: ReadOnlyBind): void {
  if (!path.isAbsolute(bind.target) || path.normalize(bind.target) !== bind.target || bind.target === '/')
    throw new Error(`bind target must be a normalised absolute path below /: ${bind.target}`);
  const point = path.join(rootfs, bind.target);
  if (statSync(bind.source).isDirectory()) mkdirSync(point, { recursive: true });
  else if (!existsSync(point)) {
    mkdirSync(path.dirname(point), { recursive: true });
    writeFileSync(point, '');
  }
}

function environment(image: UnpackedImage, extra: Record<string, string>): Record<string, string> {
  const pairs = image.env.map((line): [string, string] => [
    line.slice(0, line.indexOf('=')),
    line.slice(line.indexOf('=') + 1),
  ]);
  return { ...Object.fromEntries(pairs), ...extra };
}

/** Starts the image's entrypoint (or `command`) as described above; throws when this machine cannot (not root). */
export function runImage(image: UnpackedImage, options: RunImageOptions = {}): RunningImage {
  if (process.getuid?.() !== 0) throw new Error('running an image needs root (mount namespaces, chroot)');
  const hostFiles = (options.hostNameFiles ?? true) ? ['/etc/hosts', '/etc/resolv.conf'].filter(existsSync) : [];
  const binds = [...hostFiles.map((file) => ({ source: file, target: file })), ...(options.binds ?? [])];
  for (const bind of binds) makeMountPoint(image.rootfs, bind);
  for (const point of ['proc', 'dev']) mkdirSync(path.join(image.rootfs, point), { recursive: true });
  const user = options.user ?? { uid: image.uid, gid: image.gid };
  const argv = [...(options.command ?? image.args), ...(options.args ?? [])];
  const logFile = options.logFile ?? path.join(mkdtempSync(path.join(tmpdir(), 'berth-image-run-')), 'output.log');
  const log = openSync(logFile, 'a');
  const parameters = [
    image.rootfs,
    options.tmpSize ?? '64m',
    String(binds.length),
    String(user.uid),
    String(user.gid),
    image.cwd,
  ];
  const child = spawn(
    '/usr/bin/unshare',
    [
      '--mount',
      '--propagation',
      'private',
      '/bin/sh',
      '-c',
      mountScript,
      'berth-image-run',
      ...parameters,
      ...binds.flatMap((b) => [b.source, b.target]),
      ...argv,
    ],
    { env: environment(image, options.env ?? {}), stdio: ['ignore', log, log] },
  );
  closeSync(log);
  const exited = new Promise<ExitStatus>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
    child.on('error', () => resolve({ code: null, signal: null }));
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('unshare did not start');
  const logTail = (lines = 20) => readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  const stop = async (graceMs = 10_000): Promise<ExitStatus> => {
    if (child.exitCode !== null || child.signalCode !== null) return exited;
    process.kill(pid, 'SIGTERM');
    const timer = setTimeout(
      () => child.exitCode === null && child.signalCode === null && process.kill(pid, 'SIGKILL'),
      graceMs,
    );
    const status = await exited;
    clearTimeout(timer);
    return status;
  };
  return { pid, logFile, exited, stop, logTail };
}

/** Resolves once GET `url` answers 200; rejects with the output's tail when the process exits first or `timeoutMs` passes. */
export async function waitUntilReady(running: RunningImage, url: string, timeoutMs = 30_000): Promise<void> {
  let ended: ExitStatus | undefined;
  void running.exited.then((status) => (ended = status));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (ended !== undefined)
      throw new Error(
        `the image exited (code ${String(ended.code)}, signal ${String(ended.signal)}) before ${url} answered 200:\n${running.logTail()}`,
      );
    const status = await fetch(url, { signal: AbortSignal.timeout(1_000) }).then(
      async (response) => {
        await response.body?.cancel();
        return response.status;
      },
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms:\n${running.logTail()}`);
}
