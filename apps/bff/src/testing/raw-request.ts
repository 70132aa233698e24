// HTTP requests whose path is sent byte for byte: fetch and supertest resolve `.` and `..` before sending, an attacker does not.
import { request, type OutgoingHttpHeaders } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RawAnswer {
  status: number;
  text: string;
}

export function rawRequest(
  base: string,
  method: string,
  path: string,
  headers: OutgoingHttpHeaders = {},
  body?: string | Buffer,
): Promise<RawAnswer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const length = body === undefined ? {} : { 'Content-Length': Buffer.byteLength(body) };
    const req = request({ host: hostname, port, method, path, headers: { ...headers, ...length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The URL of a server started with `listen(0, '127.0.0.1')`. */
export function serverUrl(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A route's path with each `:param` replaced by `values[param]`, else by `fallback`. */
export function fillPath(path: string, values: Record<string, string>, fallback: string): string {
  return path.replace(/:(\w+)/g, (_match, param: string) => values[param] ?? fallback);
}
