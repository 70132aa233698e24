import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isValidRepositoryName,
  formatImageReference,
  imageName,
  imageReferenceProblem,
  InvalidImageReferenceError,
  normalizeImageReference,
  parseImageReference,
  type ImageReference,
} from './image-reference';

const sha256 = `sha256:${'0123456789abcdef'.repeat(4)}`;

describe('parseImageReference', () => {
  it.each<[string, ImageReference]>([
    ['nginx', { registry: 'docker.io', repository: 'library/nginx' }],
    ['nginx:latest', { registry: 'docker.io', repository: 'library/nginx', tag: 'latest' }],
    ['docker.io/nginx', { registry: 'docker.io', repository: 'library/nginx' }],
    ['index.docker.io/nginx:1.25', { registry: 'docker.io', repository: 'library/nginx', tag: '1.25' }],
    ['index.docker.io/janedoe/app', { registry: 'docker.io', repository: 'janedoe/app' }],
    ['janedoe/app:v1', { registry: 'docker.io', repository: 'janedoe/app', tag: 'v1' }],
    [
      'www.example.com/janedoe/awesomeapp:v1',
      { registry: 'www.example.com', repository: 'janedoe/awesomeapp', tag: 'v1' },
    ],
    ['localhost/app', { registry: 'localhost', repository: 'app' }],
    ['localhost:5000/a/b/c:V_1.0-x', { registry: 'localhost:5000', repository: 'a/b/c', tag: 'V_1.0-x' }],
    ['127.0.0.1:5001/demo', { registry: '127.0.0.1:5001', repository: 'demo' }],
    ['[::1]:5000/demo', { registry: '[::1]:5000', repository: 'demo' }],
    ['Registry.Example.com/app', { registry: 'Registry.Example.com', repository: 'app' }],
    ['Example/app', { registry: 'Example', repository: 'app' }],
    ['localhost', { registry: 'docker.io', repository: 'library/localhost' }],
    ['foo:5000', { registry: 'docker.io', repository: 'library/foo', tag: '5000' }],
    ['a__b/c--d/e.f_g', { registry: 'docker.io', repository: 'a__b/c--d/e.f_g' }],
    [`nginx@${sha256}`, { registry: 'docker.io', repository: 'library/nginx', digest: sha256 }],
    [`nginx:1@${sha256}`, { registry: 'docker.io', repository: 'library/nginx', tag: '1', digest: sha256 }],
    [
      `x@sha512:${'a'.repeat(128)}`,
      { registry: 'docker.io', repository: 'library/x', digest: `sha512:${'a'.repeat(128)}` },
    ],
    [`x:${'t'.repeat(128)}`, { registry: 'docker.io', repository: 'library/x', tag: 't'.repeat(128) }],
  ])('%s', (ref, expected) => {
    expect(parseImageReference(ref)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['', 'must not be empty'],
    ['0123456789abcdef'.repeat(4), 'a 64-character hexadecimal string is an image ID, not a reference'],
    ['Nginx', 'repository name must be lowercase (library/Nginx)'],
    ['example.com/Jane/app', 'repository name must be lowercase (Jane/app)'],
    ['my app', 'must not contain spaces'],
    ['foo_bar.com/app', "registry 'foo_bar.com' is not a valid host[:port]"],
    ['example.com:port/app', "registry 'example.com:port' is not a valid host[:port]"],
    ['a//b', "repository must not have an empty path component ('//', or a '/' at either end)"],
    ['a/', "repository must not have an empty path component ('//', or a '/' at either end)"],
    ['a/-b', "repository part '-b' may hold only lowercase letters and digits, separated by '.', '_', '__' or '-'"],
    [
      'a/b___c',
      "repository part 'b___c' may hold only lowercase letters and digits, separated by '.', '_', '__' or '-'",
    ],
    ['a:', "tag '' is not valid: up to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'"],
    ['a:-x', "tag '-x' is not valid: up to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'"],
    [
      `a:${'t'.repeat(129)}`,
      `tag '${'t'.repeat(129)}' is not valid: up to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'`,
    ],
    [
      'a@sha256:abc',
      "digest 'sha256:abc' is not valid: expected algorithm:hex, e.g. sha256: and 64 hexadecimal digits",
    ],
    [`a@md5:${'a'.repeat(32)}`, "digest algorithm 'md5' is not supported; use sha256, sha384 or sha512"],
    [`a@sha256:${'a'.repeat(63)}`, 'a sha256 digest must be 64 lowercase hexadecimal digits (63 characters now)'],
    [`a@sha256:${'A'.repeat(64)}`, 'a sha256 digest must be 64 lowercase hexadecimal digits (64 characters now)'],
    [`example.com/${'a'.repeat(244)}`, 'registry and repository must be at most 255 characters (256 now)'],
    ['a:b:c', "repository part 'a:b' may hold only lowercase letters and digits, separated by '.', '_', '__' or '-'"],
  ])('rejects %j: %s', (ref, reason) => {
    const error = (() => {
      try {
        parseImageReference(ref);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InvalidImageReferenceError);
    expect(error).toMatchObject({
      reason,
      reference: ref,
      message: `invalid image reference ${JSON.stringify(ref)}: ${reason}`,
    });
  });

  it('gives the reason without throwing, for forms', () => {
    expect(imageReferenceProblem('Nginx')).toBe('repository name must be lowercase (library/Nginx)');
    expect(imageReferenceProblem('nginx')).toBeUndefined();
  });

  it('accepts a name of exactly 255 characters', () => {
    expect(parseImageReference(`example.com/${'a'.repeat(243)}`).repository).toHaveLength(243);
  });
});

describe('normalizeImageReference', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx:latest'],
    ['nginx:1.25', 'docker.io/library/nginx:1.25'],
    ['index.docker.io/janedoe/app', 'docker.io/janedoe/app:latest'],
    [`nginx@${sha256}`, `docker.io/library/nginx@${sha256}`],
    [`nginx:1@${sha256}`, `docker.io/library/nginx:1@${sha256}`],
    ['www.example.com/janedoe/awesomeapp:v1', 'www.example.com/janedoe/awesomeapp:v1'],
  ])('%s -> %s', (ref, expected) => {
    expect(normalizeImageReference(ref)).toBe(expected);
  });

  it('gives the name the kubelet looks credentials up by', () => {
    expect(imageName(parseImageReference('nginx:1'))).toBe('docker.io/library/nginx');
  });

  const component = fc.stringMatching(/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/);
  const registry = fc.constantFrom(
    '',
    'docker.io/',
    'index.docker.io/',
    'localhost/',
    'localhost:5000/',
    'example.com/',
    '[::1]:5/',
    'Ex.com/',
  );
  const tag = fc.option(fc.stringMatching(/^\w[\w.-]{0,20}$/), { nil: undefined });
  const digest = fc.option(fc.constantFrom(sha256, `sha384:${'b'.repeat(96)}`), { nil: undefined });
  const reference = fc
    .tuple(registry, fc.array(component, { minLength: 1, maxLength: 3 }), tag, digest)
    // With no registry, a first component holding '.' is read as a host, which the tables cover.
    .filter(([r, path]) => r !== '' || !(path[0] ?? '').includes('.'))
    .filter(([, path]) => path.join('/').length < 230)
    .map(
      ([r, path, t, d]) => `${r}${path.join('/')}${t === undefined ? '' : `:${t}`}${d === undefined ? '' : `@${d}`}`,
    );

  it('is idempotent, and parsing the normal form gives the same parts', () => {
    fc.assert(
      fc.property(reference, (ref) => {
        const normal = normalizeImageReference(ref);
        expect(normalizeImageReference(normal)).toBe(normal);
        const parsed = parseImageReference(ref);
        expect(formatImageReference(parseImageReference(normal))).toBe(formatImageReference(parsed));
        expect(parseImageReference(normal).repository).toBe(parsed.repository);
      }),
      { numRuns: 1000 },
    );
  });

  it('either normalises or throws InvalidImageReferenceError on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab1/:.@-_A '), maxLength: 16 }), (ref) => {
        try {
          const normal = normalizeImageReference(ref);
          expect(normalizeImageReference(normal)).toBe(normal);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidImageReferenceError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isValidRepositoryName', () => {
  it.each(['janedoe/awesomeapp', 'library/nginx', 'a', 'a.b/c__d/e-f', 'x'.repeat(255)])('accepts %s', (name) => {
    expect(isValidRepositoryName(name)).toBe(true);
  });
  it.each(['', 'Upper/case', '/a', 'a/', 'a//b', '../_catalog', 'a:tag', 'x'.repeat(256), 'a b'])(
    'refuses %j',
    (name) => {
      expect(isValidRepositoryName(name)).toBe(false);
    },
  );
});
