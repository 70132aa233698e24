import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChallenges, preferredChallenge } from './challenge';

describe('parseChallenges', () => {
  it('reads a Basic challenge', () => {
    expect(parseChallenges('Basic realm="Registry Realm"')).toEqual([
      { scheme: 'basic', params: { realm: 'Registry Realm' } },
    ]);
  });

  it('reads a Docker Hub Bearer challenge with a comma inside a quoted scope', () => {
    const header =
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull,push",error="insufficient_scope"';
    expect(parseChallenges(header)).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:library/nginx:pull,push',
          error: 'insufficient_scope',
        },
      },
    ]);
  });

  it('accepts bare values, spaces around "=", escaped quotes and mixed-case names', () => {
    expect(parseChallenges('bearer Realm = http://t/token , Service=reg, note="a \\"b\\", c"')).toEqual([
      { scheme: 'bearer', params: { realm: 'http://t/token', service: 'reg', note: 'a "b", c' } },
    ]);
  });

  it('splits several challenges in one header', () => {
    const challenges = parseChallenges('Basic realm="a, b", Bearer realm="https://t/token",service="s"');
    expect(challenges.map((c) => c.scheme)).toEqual(['basic', 'bearer']);
    expect(challenges[0]?.params.realm).toBe('a, b');
    expect(challenges[1]?.params).toEqual({ realm: 'https://t/token', service: 's' });
  });

  it('returns nothing for an empty or missing header', () => {
    expect(parseChallenges('')).toEqual([]);
    expect(preferredChallenge(null)).toBeUndefined();
  });

  it('prefers Bearer over Basic', () => {
    expect(preferredChallenge('Basic realm="x", Bearer realm="y"')?.scheme).toBe('bearer');
    expect(preferredChallenge('Negotiate, Basic realm="x"')?.scheme).toBe('basic');
  });

  it('round-trips any quoted value', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (realm, service) => {
        const quote = (s: string) => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`;
        const [challenge] = parseChallenges(`Bearer realm=${quote(realm)},service=${quote(service)}`);
        expect(challenge?.params).toEqual({ realm, service });
      }),
    );
  });
});
