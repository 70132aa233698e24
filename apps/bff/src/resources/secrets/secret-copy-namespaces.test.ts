// Which namespaces a comparison of copies looks in, against a stand-in namespace list (60 namespaces would load the
// shared cluster; the comparison itself is `secret-copy-routes.int.test.ts`).
import { ApiException, type V1NamespaceList } from '@kubernetes/client-node';
import { maxCopyNamespaces } from '@berth/contracts';
import { describe, expect, it } from 'vitest';
import type { CoreV1 } from '../../kube/api-groups';
import { namespacesToCompare } from './secret-copy-routes';

const listing = (count: number) =>
  ({
    listNamespace: () =>
      Promise.resolve({ items: Array.from({ length: count }, (_, i) => ({ metadata: { name: `ns-${i}` } })) }),
  }) as unknown as CoreV1;

describe('namespacesToCompare', () => {
  it('compares the first 50 namespaces listed and counts the ones left out (it cut silently)', async () => {
    const { names, notCompared } = await namespacesToCompare(listing(61), undefined, 'ns-0');
    expect(names).toHaveLength(maxCopyNamespaces);
    expect(notCompared).toBe(10);
  });

  it('leaves none out when they fit, or when the namespaces are named', async () => {
    expect((await namespacesToCompare(listing(51), undefined, 'ns-0')).notCompared).toBe(0);
    expect(await namespacesToCompare(listing(61), ['a', 'b', 'a'], 'ns-0')).toEqual({
      names: ['a', 'b'],
      notCompared: 0,
    });
  });

  it('tells a user who may not list namespaces to type them in the Copy section', async () => {
    const refused = {
      listNamespace: () =>
        Promise.reject(new ApiException<V1NamespaceList>(403, 'Forbidden', {} as V1NamespaceList, {})),
    } as unknown as CoreV1;
    await expect(namespacesToCompare(refused, undefined, 'ns-0')).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining(
        'type the names of the namespaces to compare under "Copy to namespaces"',
      ) as string,
    });
  });
});
