import { describe, expect, it } from 'vitest';
import { AddressPolicy, canonicalIp, classifyAddress, parseCidr, type AddressKind } from './address-policy';

/** How a URL parser hands the host to the request: `2130706433` and `0x7f.1` are 127.0.0.1 by then. */
const urlHost = (host: string) => new URL(`http://${host}/`).hostname;

describe('classifyAddress', () => {
  it.each<[string, AddressKind]>([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['0:0:0:0:0:ffff:7f00:0001', 'loopback'],
    ['64:ff9b::7f00:1', 'loopback'],
    ['::127.0.0.1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['::', 'unspecified'],
    ['::ffff:0.0.0.0', 'unspecified'],
    ['169.254.169.254', 'link-local'],
    ['169.254.170.2', 'link-local'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['::ffff:a9fe:a9fe', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['fd00:ec2::254', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['168.63.129.16', 'metadata'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['::ffff:10.1.2.3', 'private'],
    ['fd12:3456::1', 'private'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['172.32.0.1', 'public'],
    ['8.8.8.8', 'public'],
    ['2001:db8::1', 'public'],
    ['not-an-ip', 'reserved'],
  ])('%s is %s', (ip, kind) => {
    expect(classifyAddress(ip)).toBe(kind);
  });

  it.each([
    ['2130706433', '127.0.0.1'],
    ['0x7f.1', '127.0.0.1'],
    ['017700000001', '127.0.0.1'],
    ['127.1', '127.0.0.1'],
    ['0', '0.0.0.0'],
    ['[::]', '::'],
    ['[::ffff:127.0.0.1]', '127.0.0.1'],
    ['[0:0::ffff:a9fe:a9fe]', '169.254.169.254'],
  ])('the URL host %s is checked as %s', (host, ip) => {
    expect(canonicalIp(urlHost(host))?.address).toBe(ip);
  });
});

describe('AddressPolicy', () => {
  const singleUser = new AddressPolicy();
  const signIn = new AddressPolicy({ allowLoopback: false });
  const signInAllowingLoopback = new AddressPolicy({ allowLoopback: false, allow: ['127.0.0.0/8'] });
  const denying = new AddressPolicy({ deny: ['10.0.0.0/8', '127.0.0.2'], allow: ['10.1.0.0/16'] });

  it.each<[string, AddressPolicy, string, boolean]>([
    ['single-user', singleUser, '127.0.0.1', true],
    ['single-user', singleUser, '10.0.0.1', true],
    ['single-user', singleUser, '8.8.8.8', true],
    ['single-user', singleUser, '169.254.169.254', false],
    ['single-user', singleUser, '0.0.0.0', false],
    ['single-user', singleUser, '::', false],
    ['single-user', singleUser, '100.100.100.200', false],
    ['single-user', singleUser, 'fd00:ec2::254', false],
    ['sign-in', signIn, '127.0.0.1', false],
    ['sign-in', signIn, '::1', false],
    ['sign-in', signIn, '::ffff:127.0.0.1', false],
    ['sign-in', signIn, '64:ff9b::7f00:1', false],
    ['sign-in', signIn, '10.0.0.1', true],
    ['sign-in', signIn, '8.8.8.8', true],
    ['sign-in, 127.0.0.0/8 allowed', signInAllowingLoopback, '127.0.0.1', true],
    ['sign-in, 127.0.0.0/8 allowed', signInAllowingLoopback, '::ffff:127.0.0.1', true],
    ['sign-in, 127.0.0.0/8 allowed', signInAllowingLoopback, '::1', false],
    ['sign-in, 127.0.0.0/8 allowed', signInAllowingLoopback, '169.254.169.254', false],
    ['deny 10/8 but allow 10.1/16', denying, '10.1.2.3', false],
    ['deny 10/8', denying, '::ffff:10.9.9.9', false],
    ['deny 127.0.0.2', denying, '127.0.0.2', false],
    ['deny 127.0.0.2', denying, '127.0.0.1', true],
  ])('%s: %s may be dialled: %s', (_mode, policy, ip, allowed) => {
    expect(policy.refusal(ip) === undefined).toBe(allowed);
  });

  it('never opens link-local or metadata addresses, whatever is allowed', () => {
    const everything = new AddressPolicy({ allow: ['0.0.0.0/0', '::/0'] });
    for (const ip of ['169.254.169.254', 'fe80::1', '100.100.100.200', 'fd00:ec2::254', '0.0.0.0']) {
      expect(everything.refusal(ip), ip).toBeDefined();
    }
    expect(everything.refusal('127.0.0.1')).toBeUndefined();
  });

  it.each([
    ['metadata.google.internal', false],
    ['METADATA.GOOGLE.INTERNAL.', false],
    ['metadata', false],
    ['instance-data', false],
    ['registry.example.com', true],
    ['localhost', true],
    [urlHost('2130706433'), true],
    [urlHost('[::ffff:a9fe:a9fe]'), false],
    [urlHost('0x7f.1'), true],
  ])('single-user: the host %s passes before lookup: %s', (host, allowed) => {
    expect(singleUser.hostRefusal(host) === undefined).toBe(allowed);
  });

  it('checks an IP literal host before any lookup, in the URL form', () => {
    expect(signIn.hostRefusal(urlHost('2130706433'))).toMatch(/loopback/);
    expect(signIn.hostRefusal(urlHost('[::]'))).toMatch(/unspecified/);
    expect(signIn.hostRefusal('localhost')).toBeUndefined();
  });
});

describe('parseCidr', () => {
  it.each([
    ['127.0.0.0/8', { address: '127.0.0.0', prefix: 8, family: 'ipv4' }],
    ['10.1.2.3', { address: '10.1.2.3', prefix: 32, family: 'ipv4' }],
    ['fc00::/7', { address: 'fc00::', prefix: 7, family: 'ipv6' }],
    ['::1', { address: '::1', prefix: 128, family: 'ipv6' }],
  ])('%s', (text, cidr) => {
    expect(parseCidr(text)).toEqual(cidr);
  });

  it.each(['10.0.0.0/33', '::/129', 'localhost', '10.0.0.0/', '10.0.0.0/8/8', '10.0.0.0/-1', '2130706433'])(
    'refuses %s',
    (text) => {
      expect(parseCidr(text)).toBeUndefined();
    },
  );
});
