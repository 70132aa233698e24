import { describe, expect, it } from 'vitest';
import { describeNetworkError } from './network-error';

function fetchFailed(cause: object): Error {
  return new TypeError('fetch failed', { cause });
}

describe('describeNetworkError', () => {
  const url = new URL('https://nosuch.example/v2/');

  it('says "no such host" for a failed lookup, naming the host that failed', () => {
    const cause = Object.assign(new Error('getaddrinfo ENOTFOUND nosuch.example'), {
      code: 'ENOTFOUND',
      hostname: 'nosuch.example',
    });
    expect(describeNetworkError(fetchFailed(cause), url)).toBe('dial tcp: lookup nosuch.example: no such host');
  });

  it('says "connection refused" with the address, also inside an AggregateError', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5999'), {
      code: 'ECONNREFUSED',
      address: '127.0.0.1',
      port: 5999,
    });
    const local = new URL('http://localhost:5999/v2/');
    expect(describeNetworkError(fetchFailed(refused), local)).toBe(
      'dial tcp 127.0.0.1:5999: connect: connection refused',
    );
    expect(describeNetworkError(fetchFailed(new AggregateError([refused])), local)).toBe(
      'dial tcp 127.0.0.1:5999: connect: connection refused',
    );
  });

  it('reports timeouts and TLS failures as such', () => {
    expect(describeNetworkError(new DOMException('timed out', 'TimeoutError'), url)).toBe(
      'dial tcp nosuch.example:443: i/o timeout',
    );
    const tls = Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(describeNetworkError(fetchFailed(tls), url)).toBe(
      'tls: failed to verify certificate for nosuch.example: self-signed certificate',
    );
  });

  it('names a plain-http registry reached over https and keeps OpenSSL text to one line', () => {
    const wrongVersion = Object.assign(new Error('error:0A00010B:SSL routines::wrong version number\n'), {
      code: 'ERR_SSL_WRONG_VERSION_NUMBER',
    });
    expect(describeNetworkError(fetchFailed(wrongVersion), url)).toBe(
      'http: server nosuch.example:443 gave HTTP response to HTTPS client',
    );
    const altName = Object.assign(
      new Error("Hostname/IP does not match certificate's altnames: IP: 10.0.0.1 is not in the cert's list: "),
      {
        code: 'ERR_TLS_CERT_ALTNAME_INVALID',
      },
    );
    expect(describeNetworkError(fetchFailed(altName), url)).toBe(
      "tls: failed to verify certificate for nosuch.example: Hostname/IP does not match certificate's altnames: IP: 10.0.0.1 is not in the cert's list",
    );
  });

  it('never calls a network failure unauthorized', () => {
    expect(describeNetworkError(new Error('socket hang up'), url)).not.toMatch(/unauthorized/);
  });
});
