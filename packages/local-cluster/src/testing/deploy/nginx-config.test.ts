import { describe, expect, it } from 'vitest';
import { nginxConfig, requestsPerUpstream } from './nginx-config';

describe('nginxConfig', () => {
  const text = nginxConfig({
    dir: '/tmp/x',
    listenPort: 8443,
    basePath: '/berth/',
    upstreams: ['127.0.0.1:1001', '127.0.0.1:1002'],
    certFile: '/tmp/x/cert.pem',
    keyFile: '/tmp/x/key.pem',
  });

  it('serves TLS on loopback and passes the prefix on unchanged to both upstreams', () => {
    expect(text).toContain('listen 127.0.0.1:8443 ssl;');
    expect(text).toContain('location /berth/ {');
    expect(text).toContain('proxy_pass http://berth;');
    expect(text).toMatch(/server 127\.0\.0\.1:1001;\s+server 127\.0\.0\.1:1002;/);
  });

  it('has no stickiness of any kind', () => {
    const directives = text.replace(/#.*$/gm, '');
    expect(directives).not.toMatch(/ip_hash|\bhash\b|sticky|least_conn/);
  });
});

describe('requestsPerUpstream', () => {
  it.each<[string, string, Record<string, number>]>([
    ['none', '', {}],
    [
      'one each',
      '127.0.0.1 "GET /berth/ HTTP/1.1" 200 upstream=127.0.0.1:1001\n127.0.0.1 "GET /berth/a HTTP/1.1" 200 upstream=127.0.0.1:1002\n',
      { '127.0.0.1:1001': 1, '127.0.0.1:1002': 1 },
    ],
    [
      'a retry names both',
      '127.0.0.1 "GET / HTTP/1.1" 200 upstream=127.0.0.1:1001, 127.0.0.1:1002\n',
      { '127.0.0.1:1001': 1, '127.0.0.1:1002': 1 },
    ],
    ['outside the prefix: no upstream', '127.0.0.1 "GET /other HTTP/1.1" 404 upstream=-\n', {}],
  ])('%s', (_, log, expected) => {
    expect(Object.fromEntries(requestsPerUpstream(log))).toEqual(expected);
  });
});
