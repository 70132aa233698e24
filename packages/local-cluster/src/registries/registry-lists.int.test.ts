// The local cluster's three registries browsed with @berth/registry as the BFF browses them: catalog pages, tags, refusals.
import { listRepositories, listTags } from '@berth/registry';
import { beforeAll, describe, expect, it } from 'vitest';
import { requiredEnv as env } from '../testing/cluster-env';
import { pushImage } from './push-image';
import { buildSeedImage } from './seed-image';

const image = buildSeedImage({ path: '/hello.txt', text: 'Hello from a paging test\n' });
// Enough repositories that a page size of 2 needs several pages; pushing them again changes nothing.
const pagingRepositories = ['berth-paging/app-1', 'berth-paging/app-2', 'berth-paging/app-3', 'berth-paging/app-4'];
const credentials = () => ({ username: env('BERTH_REGISTRY_USERNAME'), password: env('BERTH_REGISTRY_PASSWORD') });
const mirror = () => env('BERTH_MIRROR').replace(/^docker\.io=https?:\/\//, '');
const basic = () => `Basic ${Buffer.from(`${credentials().username}:${credentials().password}`).toString('base64')}`;

beforeAll(async () => {
  for (const repository of pagingRepositories) {
    await pushImage(
      { baseUrl: `http://${env('BERTH_REGISTRY')}`, repository, tag: 'v1', authorization: basic() },
      image,
    );
    await pushImage({ baseUrl: `http://${mirror()}`, repository, tag: 'v1' }, image);
  }
});

describe('the htpasswd registry', () => {
  it('lists every repository through Link pages of two, with Basic credentials', async () => {
    const outcome = await listRepositories({
      registry: env('BERTH_REGISTRY'),
      credentials: credentials(),
      pageSize: 2,
    });
    expect(outcome).toMatchObject({ kind: 'ok', truncated: false });
    const names = outcome.kind === 'ok' ? outcome.names : [];
    expect(names).toEqual(expect.arrayContaining([...pagingRepositories, 'janedoe/awesomeapp']));
    // Each name once, in the registry's (lexical) order across the pages.
    expect(names).toEqual([...new Set(names)].sort());
  });

  it('stops at the page bound and says the list was cut short', async () => {
    const all = await listRepositories({ registry: env('BERTH_REGISTRY'), credentials: credentials() });
    expect(
      await listRepositories({ registry: env('BERTH_REGISTRY'), credentials: credentials(), pageSize: 2, maxPages: 1 }),
    ).toEqual({ kind: 'ok', names: all.kind === 'ok' ? all.names.slice(0, 2) : [], truncated: true });
  });

  it("lists a repository's tags (distribution 2.8 ignores n on tags and sends them all at once)", async () => {
    const outcome = await listTags({
      registry: env('BERTH_REGISTRY'),
      repository: 'janedoe/awesomeapp',
      credentials: credentials(),
      pageSize: 1,
    });
    expect(outcome).toEqual({ kind: 'ok', names: ['v1', 'v2'], truncated: false });
  });

  it('refuses bad credentials without the password in the answer, and names an unknown repository', async () => {
    const password = `wrong-${credentials().password}-pw`;
    for (const outcome of [
      await listRepositories({ registry: env('BERTH_REGISTRY'), credentials: { username: 'ssl', password } }),
      await listTags({
        registry: env('BERTH_REGISTRY'),
        repository: 'janedoe/awesomeapp',
        credentials: { username: 'ssl', password },
      }),
    ]) {
      expect(outcome.kind).toBe('unauthorized');
      expect(JSON.stringify(outcome)).not.toContain(password);
    }
    expect(
      await listTags({ registry: env('BERTH_REGISTRY'), repository: 'janedoe/nothing', credentials: credentials() }),
    ).toMatchObject({ kind: 'not-found', message: expect.stringContaining('name unknown') as unknown });
  });
});

describe('the token registry', () => {
  const token = () => ({
    username: env('BERTH_TOKEN_REGISTRY_USERNAME'),
    password: env('BERTH_TOKEN_REGISTRY_PASSWORD'),
  });

  it('keeps its catalog closed (its issuer grants repository scopes only), which is told apart from bad credentials', async () => {
    const refused = await listRepositories({ registry: env('BERTH_TOKEN_REGISTRY'), credentials: token() });
    expect(refused).toMatchObject({
      kind: 'catalog-refused',
      message: expect.stringContaining('insufficient scope') as unknown,
    });
    const wrong = await listRepositories({
      registry: env('BERTH_TOKEN_REGISTRY'),
      credentials: { ...token(), password: 'not-the-password' },
    });
    expect(wrong.kind).toBe('unauthorized');
    expect(JSON.stringify(wrong)).not.toContain('not-the-password');
  });

  it('lists the tags of a repository with a repository:<name>:pull token', async () => {
    expect(
      await listTags({ registry: env('BERTH_TOKEN_REGISTRY'), repository: 'janedoe/awesomeapp', credentials: token() }),
    ).toEqual({ kind: 'ok', names: ['v1'], truncated: false });
  });
});

describe('the docker.io mirror', () => {
  it('lists its repositories anonymously, a page at a time, and their tags', async () => {
    const outcome = await listRepositories({ registry: mirror(), pageSize: 2 });
    expect(outcome.kind === 'ok' ? outcome.names : outcome).toEqual(
      expect.arrayContaining([...pagingRepositories, 'library/nginx']),
    );
    expect(await listTags({ registry: mirror(), repository: 'library/nginx' })).toEqual({
      kind: 'ok',
      names: ['latest'],
      truncated: false,
    });
  });
});
