import { describe, expect, it } from 'vitest';
import { encodeBase64 } from './base64';
import { matchCredentials, matchPullSecrets, type PullSecretAuths } from './credentials';
import { InvalidDockerConfigError } from './docker-config';
import { InvalidImageReferenceError } from './image-reference';

const login = (username: string) => ({ username, password: `${username}-password` });
const keysFor = (image: string, keys: string[]) =>
  matchCredentials(image, Object.fromEntries(keys.map((k) => [k, login(k)]))).map((c) => c.key);

describe('matchCredentials', () => {
  it.each<[string, string, string[], string[]]>([
    ['an exact host', 'www.example.com/janedoe/awesomeapp:v1', ['www.example.com'], ['www.example.com']],
    [
      'a key written with https:// and /v2/',
      'www.example.com/app',
      ['https://www.example.com/v2/'],
      ['https://www.example.com/v2/'],
    ],
    [
      'a key written with http:// and /v1/',
      'www.example.com/app',
      ['http://www.example.com/v1/'],
      ['http://www.example.com/v1/'],
    ],
    ['a key with a trailing slash', 'r.io/app', ['r.io/'], ['r.io/']],
    ['a different host', 'www.example.com/app', ['example.com', 'www.example.org'], []],
    ['equal ports', 'localhost:5000/app', ['localhost:5000'], ['localhost:5000']],
    ['a key without the image’s port', 'localhost:5000/app', ['localhost'], []],
    ['a key with a port the image lacks', 'localhost/app', ['localhost:5000'], []],
    ['a :443 the image does not write', 'r.io/app', ['r.io:443'], []],
    ['a glob label', 'a.example.com/app', ['*.example.com'], ['*.example.com']],
    ['a glob against more labels', 'a.b.example.com/app', ['*.example.com'], []],
    ['a glob against fewer labels', 'example.com/app', ['*.example.com'], []],
    ['a partial glob', 'registry-eu.example.com/app', ['registry-*.example.com'], ['registry-*.example.com']],
    ['a character class', 'r2.example.com/app', ['r[0-9].example.com'], ['r[0-9].example.com']],
    ['a malformed glob', 'r2.example.com/app', ['r[.example.com'], []],
    ['a path prefix', 'r.io/team/app', ['r.io/team', 'r.io/other'], ['r.io/team']],
    ['a plain string prefix, not a path segment', 'r.io/teamwork/app', ['r.io/team'], ['r.io/team']],
    ['a longer path than the image', 'r.io/team', ['r.io/team/app'], []],
    ['a key path under /v2/', 'r.io/team/app', ['https://r.io/v2/team'], ['https://r.io/v2/team']],
    ['a path on Docker Hub', 'janedoe/app', ['docker.io/janedoe'], ['docker.io/janedoe']],
    ['Docker Hub as docker.io', 'nginx', ['docker.io'], ['docker.io']],
    ['Docker Hub as index.docker.io', 'nginx', ['index.docker.io'], ['index.docker.io']],
    [
      'Docker Hub as kubectl’s default',
      'nginx:latest',
      ['https://index.docker.io/v1/'],
      ['https://index.docker.io/v1/'],
    ],
    ['Docker Hub fallback with a full name', 'docker.io/library/nginx', ['index.docker.io'], ['index.docker.io']],
    ['registry-1.docker.io, which the kubelet never uses', 'nginx', ['registry-1.docker.io', 'hub.docker.com'], []],
    ['the fallback for a dotless host, as keyring.go does', 'localhost/app', ['index.docker.io'], ['index.docker.io']],
    ['no fallback for another registry', 'r.io/app', ['index.docker.io'], []],
    ['no fallback once something matched', 'nginx', ['docker.io', 'index.docker.io'], ['docker.io']],
    ['an unparsable key, ignored', 'r.io/app', ['r .io', 'r.io:port', 'r.io\n'], []],
    ['an IPv6 host with a port', '[::1]:5000/app', ['[::1]:5000'], ['[::1]:5000']],
    ['an IPv6 host without a port, which glob-parses badly in the kubelet too', '[::1]/app', ['[::1]'], []],
    ['query and fragment dropped', 'r.io/app', ['user@r.io?x=1#y'], ['user@r.io?x=1#y']],
  ])('%s', (_, image, keys, expected) => {
    expect(keysFor(image, keys)).toEqual(expected);
  });

  it('tries more specific keys first: the index is reverse-sorted', () => {
    const keys = ['*.example.com', 'a.example.com', 'a.example.com/team', 'https://a.example.com/v2/team/app'];
    expect(keysFor('a.example.com/team/app:v1', keys)).toEqual([
      'https://a.example.com/v2/team/app',
      'a.example.com/team',
      'a.example.com',
      '*.example.com',
    ]);
  });

  it('keeps every entry of keys that normalise alike, in the order written', () => {
    const auths = { 'https://r.io': login('first'), 'r.io': login('second'), 'r.io/v1/': login('third') };
    expect(matchCredentials('r.io/app', auths).map((c) => c.username)).toEqual(['first', 'second', 'third']);
  });

  it('uses auth over username and password', () => {
    const auths = { 'r.io': { username: 'old', password: 'old', auth: encodeBase64('jane:s3:cret') } };
    expect(matchCredentials('r.io/app', auths)).toEqual([{ key: 'r.io', username: 'jane', password: 's3:cret' }]);
  });

  it('fails like the kubelet on an auth that does not decode, even for another registry', () => {
    expect(() => matchCredentials('r.io/app', { 'r.io': login('u'), 'other.io': { auth: '!!' } })).toThrow(
      InvalidDockerConfigError,
    );
  });

  it('refuses an invalid image', () => {
    expect(() => matchCredentials('Bad Image', {})).toThrow(InvalidImageReferenceError);
  });
});

describe('matchPullSecrets', () => {
  it('merges all secrets into one keyring: key order first, then the pod’s secret order', () => {
    const secrets: PullSecretAuths[] = [
      { name: 'hub', auths: { 'https://index.docker.io/v1/': login('hub') } },
      { name: 'team', auths: { 'r.io/team': login('team'), 'r.io': login('host-a') } },
      { name: 'other', auths: { 'r.io': login('host-b') } },
    ];
    expect(matchPullSecrets('r.io/team/app', secrets)).toEqual([
      { secretName: 'team', key: 'r.io/team', username: 'team', password: 'team-password' },
      { secretName: 'team', key: 'r.io', username: 'host-a', password: 'host-a-password' },
      { secretName: 'other', key: 'r.io', username: 'host-b', password: 'host-b-password' },
    ]);
    expect(matchPullSecrets('nginx', secrets).map((c) => c.secretName)).toEqual(['hub']);
  });

  it('finds nothing without secrets', () => {
    expect(matchPullSecrets('nginx', [])).toEqual([]);
  });
});
