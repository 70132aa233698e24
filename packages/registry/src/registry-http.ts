// Every outgoing registry request: the address policy on each hop's resolved IP, redirects followed by hand, bodies capped.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { AddressPolicy } from './address-policy';

/** The policy refused a host or an address it resolved to; no connection was made. */
export class AddressRefusedError extends Error {
  override readonly name = 'AddressRefusedError';
}

export class TooManyRedirectsError extends Error {
  override readonly name = 'TooManyRedirectsError';
}

export interface RegistryRequestInit {
  method?: 'GET' | 'HEAD';
  headers?: Record<string, string>;
  signal: AbortSignal;
  policy: AddressPolicy;
  /** How much of the body to read; a catalog page is larger than an error. */
  maxBodyBytes?: number;
}

export interface RegistryResponse {
  status: number;
  ok: boolean;
  /** The URL that answered, after redirects. */
  url: URL;
  header: (name: string) => string | undefined;
  /** At most `maxBodyBytes` of the body, as text. */
  body: string;
}

const maxRedirects = 5;
const defaultMaxBodyBytes = 64 * 1024;

/** Resolves like `dns.lookup`, then hands the socket only addresses the policy allows, so a rebinding name cannot slip by. */
function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '');
      const allowed = addresses.filter((a) => policy.refusal(a.address) === undefined);
      const first = allowed[0];
      if (first === undefined) {
        const why = addresses.map((a) => policy.refusal(a.address)).find((r) => r !== undefined) ?? 'no address';
        return callback(new AddressRefusedError(`${hostname} resolves only to refused addresses: ${why}`), '');
      }
      if (options.all) callback(null, allowed);
      else callback(null, first.address, first.family);
    });
  };
}

async function readCapped(response: IncomingMessage, maxBodyBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    const buffer = chunk as Buffer;
    chunks.push(buffer);
    size += buffer.length;
    // A hostile registry may stream forever; what we need is at the start.
    if (size >= maxBodyBytes) {
      response.destroy();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, maxBodyBytes).toString('utf8');
}

function once(url: URL, init: RegistryRequestInit, headers: Record<string, string>): Promise<RegistryResponse> {
  const refusal = init.policy.hostRefusal(url.hostname);
  if (refusal !== undefined) return Promise.reject(new AddressRefusedError(refusal));
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      { method: init.method ?? 'GET', headers, signal: init.signal, lookup: guardedLookup(init.policy), agent: false },
      (response) => {
        readCapped(response, init.maxBodyBytes ?? defaultMaxBodyBytes).then((body) => {
          const status = response.statusCode ?? 0;
          const header = (name: string) => {
            const value = response.headers[name.toLowerCase()];
            return Array.isArray(value) ? value.join(', ') : value;
          };
          resolve({ status, ok: status >= 200 && status < 300, url, header, body });
        }, reject);
      },
    );
    request.on('error', reject);
    request.end();
  });
}

/** GET or HEAD `url`; each redirect is checked like the first hop, and `Authorization` never follows to another origin. */
export async function registryRequest(url: URL, init: RegistryRequestInit): Promise<RegistryResponse> {
  let current = url;
  let headers = { ...init.headers };
  for (let hop = 0; hop <= maxRedirects; hop++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') {
      throw new AddressRefusedError(`${current.protocol} URLs are not registry URLs`);
    }
    if (current.username !== '' || current.password !== '') throw new AddressRefusedError('a URL with user-info');
    const response = await once(current, init, headers);
    const location = response.header('location');
    if (response.status < 300 || response.status >= 400 || location === undefined) return response;
    const next = new URL(location, current);
    if (next.origin !== current.origin) {
      headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
    }
    current = next;
  }
  throw new TooManyRedirectsError(`more than ${maxRedirects} redirects from ${url.origin}`);
}
