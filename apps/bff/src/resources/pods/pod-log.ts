// A container's log from the API server's `pods/log` subresource, streamed to the browser as it comes (while following),
// and the upstream request ended as soon as the browser goes away. Log text is passed through, never logged.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Response } from 'express';
import type { KubeConfig } from '@kubernetes/client-node';
import type { podLogQuery } from '@berth/contracts';
import type { z } from 'zod';
import { kubeRequestStream } from '../../kube/kube-stream';
import { segment } from '../../kube/kube-request';

export interface PodLogRequest {
  kubeConfig: KubeConfig;
  namespace: string;
  pod: string;
  options: z.output<typeof podLogQuery>;
}

/** PodLogOptions as query parameters: only what was asked, so the API server's defaults hold for the rest. */
export function podLogParams(options: PodLogRequest['options']): Record<string, string | undefined> {
  const flag = (value: boolean | undefined) => (value === undefined ? undefined : String(value));
  return {
    container: options.container,
    follow: flag(options.follow),
    previous: flag(options.previous),
    timestamps: flag(options.timestamps),
    tailLines: options.tailLines === undefined ? undefined : String(options.tailLines),
  };
}

export async function sendPodLog(res: Response, request: PodLogRequest): Promise<void> {
  const upstream = new AbortController();
  // The browser left (closed the viewer, stopped following): end the API server's request, and with it the kubelet's.
  const abandon = () => upstream.abort();
  res.once('close', abandon);
  const path = `/api/v1/namespaces/${segment(request.namespace)}/pods/${segment(request.pod)}/log`;
  // Refusals (no such container, waiting to start, forbidden) throw here, before a byte is sent: the error envelope.
  const body = await kubeRequestStream(request.kubeConfig, {
    path,
    query: podLogParams(request.options),
    signal: upstream.signal,
  });
  res.status(200);
  res.type('text/plain; charset=utf-8');
  // Proxies such as ingress-nginx would hold a followed log back until their buffer filled.
  res.setHeader('X-Accel-Buffering', 'no');
  res.flushHeaders();
  try {
    await pipeline(Readable.fromWeb(body as Parameters<typeof Readable.fromWeb>[0]), res);
  } catch (error) {
    // Ending on purpose is not a failure; a broken upstream mid-answer can only cut the answer short.
    if (!upstream.signal.aborted && !res.writableEnded) res.destroy(error instanceof Error ? error : undefined);
  }
}
