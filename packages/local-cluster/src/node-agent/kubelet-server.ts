// The kubelet's HTTPS endpoint for `kubectl logs`: kube-apiserver's `pods/log` connects to the Node's preferred address
// and `daemonEndpoints.kubeletEndpoint.Port`, without verifying the serving certificate unless it was given
// --kubelet-certificate-authority, presenting --kubelet-client-certificate; with --client-ca-file, as the kubelet's
// x509 authentication, only a client certificate signed by that CA gets in.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CoreV1Api, V1Pod } from '@kubernetes/client-node';
import { isNotFound } from './api-errors';
import { containerLogTarget } from './container-log-status';
import { type ContainerLogs, runOf } from './container-logs';
import { errorText, type NodeAgentLog } from './log';
import {
  formatLine,
  type LogOptions,
  LogOptionsError,
  parseCriLine,
  parseLogOptions,
  selectLines,
} from './log-options';

export interface KubeletServerOptions {
  core: CoreV1Api;
  logs: ContainerLogs;
  log: NodeAgentLog;
  nodeName: string;
  address: string;
  port: number;
  certificate: string;
  key: string;
  /** PEM of the CA client certificates must be signed by; absent: any client, as a kubelet with anonymous auth. */
  clientCertificateAuthority?: string;
  /** How often a followed log looks for new lines. */
  followPollMs?: number;
}

class PlainError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function startKubeletServer(options: KubeletServerOptions): Promise<Server> {
  const clientCa = options.clientCertificateAuthority;
  const server = createServer(
    {
      cert: readFileSync(options.certificate),
      key: readFileSync(options.key),
      ...(clientCa === undefined ? {} : { ca: readFileSync(clientCa), requestCert: true, rejectUnauthorized: true }),
    },
    (req, res) => {
      serve(options, req, res).catch((error: unknown) => {
        const status = error instanceof PlainError ? error.status : 500;
        if (status === 500) options.log('kubelet-request-failed', { url: req.url, error: errorText(error) });
        if (res.headersSent) res.destroy();
        else res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(errorText(error));
      });
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.address, () => resolve());
  });
  return server;
}

async function readPod(options: KubeletServerOptions, namespace: string, name: string): Promise<V1Pod> {
  try {
    const pod = await options.core.readNamespacedPod({ namespace, name });
    // The kubelet knows only the pods bound to its node.
    if (pod.spec?.nodeName === options.nodeName) return pod;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  throw new PlainError(404, `pod "${name}" does not exist`);
}

async function serve(options: KubeletServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'https://kubelet');
  const match = /^\/containerLogs\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(url.pathname);
  if (req.method !== 'GET' || !match) throw new PlainError(404, '404 page not found');
  const [namespace, name, container] = match.slice(1).map((part) => decodeURIComponent(part ?? '')) as [
    string,
    string,
    string,
  ];
  let logOptions: LogOptions;
  try {
    logOptions = parseLogOptions(url.searchParams, Date.now());
  } catch (error) {
    if (error instanceof LogOptionsError) throw new PlainError(400, error.message);
    throw error;
  }
  const pod = await readPod(options, namespace, name);
  const inSpec = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])].some(
    (c) => c.name === container,
  );
  if (!inSpec) throw new PlainError(404, `container "${container}" not found in pod "${name}"`);
  const target = containerLogTarget(pod, container, logOptions.previous);
  if ('error' in target) throw new PlainError(400, target.error);
  const run = runOf(pod, container, target.restartCount);
  await sendRun(options, logOptions, options.logs.file(run), () => options.logs.isRunning(run), req, res);
}

/** The selected lines of the run's file, then, when following a running container, each new line until it exits. */
async function sendRun(
  options: KubeletServerOptions,
  logOptions: LogOptions,
  file: string,
  running: () => boolean,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  let budget = logOptions.limitBytes ?? Number.POSITIVE_INFINITY;
  const send = (text: string): boolean => {
    const bytes = Buffer.from(text);
    const part = bytes.length > budget ? bytes.subarray(0, budget) : bytes;
    budget -= part.length;
    res.write(part);
    return budget > 0;
  };
  const size = (): number => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  };
  res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
  let offset = size();
  const existing = offset === 0 ? '' : readFileSync(file, 'utf8').slice(0, offset);
  let open = true;
  for (const line of selectLines(existing, logOptions)) open &&= send(formatLine(line, logOptions.timestamps));
  if (!logOptions.follow || !running() || !open) {
    res.end();
    return;
  }
  let closed = false;
  req.once('close', () => (closed = true));
  // Which file, never its lines: a test sees a follower end when its client goes away.
  options.log('container-log-follow-started', { file: path.basename(path.dirname(path.dirname(file))) });
  let partial = '';
  const pollMs = options.followPollMs ?? 200;
  while (!closed && open) {
    const stillRunning = running();
    const end = size();
    if (end > offset) {
      const chunk = Buffer.alloc(end - offset);
      const fd = openSync(file, 'r');
      try {
        readSync(fd, chunk, 0, chunk.length, offset);
      } finally {
        closeSync(fd);
      }
      offset = end;
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const text of lines) {
        const line = parseCriLine(text);
        if (line && open) open = send(formatLine(line, logOptions.timestamps));
      }
    }
    // Its last lines (the exit) are written before it stops running: one more read after that, then the end.
    if (!stillRunning) break;
    res.flushHeaders();
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  options.log('container-log-follow-ended', {
    file: path.basename(path.dirname(path.dirname(file))),
    why: closed ? 'client-gone' : open ? 'container-exited' : 'limit-bytes',
  });
  res.end();
}
