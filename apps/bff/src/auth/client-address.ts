import { isIPv4, isIPv6 } from 'node:net';

/** The 8 groups of an IPv6 address (`::` expanded; an embedded IPv4 tail counts as two). */
function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const split = (part: string) =>
    (part === '' ? [] : part.split(':')).flatMap((g) => (g.includes('.') ? ['v4', 'v4'] : [g]));
  const [before, after] = [split(head), split(tail ?? '')];
  const missing = tail === undefined ? 0 : 8 - before.length - after.length;
  return [...before, ...Array<string>(missing).fill('0'), ...after];
}

/**
 * Who is asking, as far as throttling can tell: the IPv4 address (IPv4-mapped IPv6 included), or the /64 of an IPv6
 * address, because one IPv6 host usually holds a whole /64 and could otherwise take a fresh address per attempt.
 */
export function clientAddressKey(remoteAddress: string | undefined): string {
  const address = (remoteAddress ?? '').replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1];
  if (mapped !== undefined) return mapped;
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return 'unknown';
  const prefix = ipv6Groups(address)
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16));
  return `${prefix.join(':')}::/64`;
}
