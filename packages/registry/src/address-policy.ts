// Which addresses registry requests may reach: the registry, its token realm and every redirect, checked on the IP dialled.
import { BlockList, isIP } from 'node:net';

export type AddressKind =
  'unspecified' | 'link-local' | 'metadata' | 'multicast' | 'reserved' | 'loopback' | 'private' | 'public';

/** Cloud instance metadata services; all but these are link-local, so already refused by range. */
const metadataAddresses = ['fd00:ec2::254', '100.100.100.200', '168.63.129.16', '192.0.0.192'];
const metadataNames = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.tencentyun.com',
]);

function rangeList(ranges: readonly string[]): BlockList {
  const list = new BlockList();
  for (const range of ranges) {
    const cidr = parseCidr(range);
    if (cidr === undefined) throw new Error(`not a CIDR range: ${range}`);
    list.addSubnet(cidr.address, cidr.prefix, cidr.family);
  }
  return list;
}

const ranges: [Exclude<AddressKind, 'metadata' | 'public'>, BlockList][] = [
  ['unspecified', rangeList(['0.0.0.0/8', '::/128'])],
  ['loopback', rangeList(['127.0.0.0/8', '::1/128'])],
  ['link-local', rangeList(['169.254.0.0/16', 'fe80::/10'])],
  ['multicast', rangeList(['224.0.0.0/4', 'ff00::/8'])],
  ['reserved', rangeList(['240.0.0.0/4'])],
  ['private', rangeList(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', 'fc00::/7', 'fec0::/10'])],
];
const metadata = rangeList(metadataAddresses);

/** Kinds no flag can open: nothing a registry legitimately lives on, and where cloud credentials do. */
const alwaysRefused = new Set<AddressKind>(['unspecified', 'link-local', 'metadata', 'multicast', 'reserved']);

export function parseCidr(text: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | undefined {
  const [address = '', prefixText, ...rest] = text.trim().split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return undefined;
  const family = version === 4 ? 'ipv4' : 'ipv6';
  const max = version === 4 ? 32 : 128;
  if (prefixText === undefined) return { address, prefix: max, family };
  if (!/^[0-9]{1,3}$/.test(prefixText) || Number(prefixText) > max) return undefined;
  return { address, prefix: Number(prefixText), family };
}

/** The eight 16-bit words of an IPv6 address already accepted by `net.isIP`. */
function ipv6Words(ip: string): number[] {
  let text = ip.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted !== null) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const words = (part: string) => (part === '' ? [] : part.split(':').map((w) => parseInt(w, 16)));
  const before = words(head);
  const after = tail === undefined ? [] : words(tail);
  return [...before, ...new Array<number>(8 - before.length - after.length).fill(0), ...after];
}

/**
 * An IP in the form its range is checked in: IPv4-mapped (`::ffff:127.0.0.1`), IPv4-compatible and NAT64 (`64:ff9b::/96`)
 * IPv6 addresses reach an IPv4 address, so they are read as that address. Zone ids are dropped.
 */
export function canonicalIp(ip: string): { address: string; family: 'ipv4' | 'ipv6' } | undefined {
  const bare = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const version = isIP(bare);
  if (version === 4) return { address: bare, family: 'ipv4' };
  if (version !== 6) return undefined;
  const w = ipv6Words(bare);
  const zeros = (from: number, to: number) => w.slice(from, to).every((x) => x === 0);
  const mapped = zeros(0, 5) && w[5] === 0xffff;
  const nat64 = w[0] === 0x64 && w[1] === 0xff9b && zeros(2, 6);
  const compatible = zeros(0, 6) && (w[6] ?? 0) !== 0;
  if (mapped || nat64 || compatible) {
    const [high = 0, low = 0] = w.slice(6);
    return { address: [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.'), family: 'ipv4' };
  }
  return { address: bare, family: 'ipv6' };
}

export function classifyAddress(ip: string): AddressKind {
  const canonical = canonicalIp(ip);
  if (canonical === undefined) return 'reserved';
  if (metadata.check(canonical.address, canonical.family)) return 'metadata';
  return ranges.find(([, list]) => list.check(canonical.address, canonical.family))?.[0] ?? 'public';
}

export interface AddressPolicyOptions {
  /** Loopback may be contacted without an allow range; on in single-user mode, off in sign-in mode. Default on. */
  allowLoopback?: boolean;
  /** CIDR ranges that may be contacted (loopback included); link-local and metadata stay refused. */
  allow?: readonly string[];
  /** CIDR ranges that may never be contacted; wins over `allow`. */
  deny?: readonly string[];
}

export class AddressPolicy {
  private readonly allow: BlockList;
  private readonly deny: BlockList;
  private readonly allowLoopback: boolean;

  constructor(options: AddressPolicyOptions = {}) {
    this.allow = rangeList(options.allow ?? []);
    this.deny = rangeList(options.deny ?? []);
    this.allowLoopback = options.allowLoopback ?? true;
  }

  /** Why an IP may not be dialled, or undefined when it may. */
  refusal(ip: string): string | undefined {
    const canonical = canonicalIp(ip);
    if (canonical === undefined) return `${ip} is not an IP address`;
    const kind = classifyAddress(canonical.address);
    const shown = canonical.address === ip ? ip : `${ip} (${canonical.address})`;
    if (alwaysRefused.has(kind)) return `${shown} is a ${kind === 'metadata' ? 'cloud metadata' : kind} address`;
    if (this.deny.check(canonical.address, canonical.family)) return `${shown} is in a denied range`;
    if (this.allow.check(canonical.address, canonical.family)) return undefined;
    if (kind === 'loopback' && !this.allowLoopback) return `${shown} is a loopback address`;
    return undefined;
  }

  /** Why a URL's host may not be contacted before any lookup: an IP literal's own verdict, or a metadata service name. */
  hostRefusal(hostname: string): string | undefined {
    if (canonicalIp(hostname) !== undefined) return this.refusal(hostname.replace(/^\[|\]$/g, ''));
    const name = hostname.toLowerCase().replace(/\.$/, '');
    return metadataNames.has(name) ? `${name} is a cloud metadata service` : undefined;
  }
}

/** Outside the BFF (the node agent): everything but link-local, metadata and other never-registry addresses. */
export const defaultAddressPolicy = new AddressPolicy();
