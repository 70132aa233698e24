import { describe, expect, it } from 'vitest';
import { fieldEquals, itemsOf, parseListJson } from './list-json';

const secret = { metadata: { name: 'pull', uid: 'u1' }, type: 'kubernetes.io/dockerconfigjson' };

describe('itemsOf', () => {
  it.each([
    ['items null (kube-apiserver 1.20, metadata-only)', { items: null }, []],
    ['items missing', {}, []],
    ['items empty', { items: [] }, []],
    ['no list at all (null)', null, []],
    ['no list at all (undefined)', undefined, []],
    ['one item', { items: [secret] }, [secret]],
  ])('%s', (_case, list, expected) => {
    expect(itemsOf(list)).toEqual(expected);
  });
});

describe('parseListJson', () => {
  it.each([
    [
      'a PartialObjectMetadataList with "items": null',
      '{"kind":"PartialObjectMetadataList","apiVersion":"meta.k8s.io/v1","metadata":{"resourceVersion":"7"},"items":null}',
      0,
      '7',
    ],
    ['a list without items', '{"kind":"SecretList","apiVersion":"v1","metadata":{"resourceVersion":"7"}}', 0, '7'],
    ['a list without metadata or items', '{"kind":"SecretList"}', 0, ''],
    ['an empty list', '{"kind":"SecretList","items":[],"metadata":null}', 0, ''],
    ['the JSON null', 'null', 0, ''],
    [
      'a list of one',
      JSON.stringify({ kind: 'SecretList', metadata: { resourceVersion: '21643' }, items: [secret] }),
      1,
      '21643',
    ],
  ])('reads %s as an array, with its resourceVersion', (_case, text, length, resourceVersion) => {
    const list = parseListJson(text);
    expect(Array.isArray(list.items)).toBe(true);
    expect(list.items).toHaveLength(length);
    expect(list.resourceVersion).toBe(resourceVersion);
  });
});

describe('fieldEquals', () => {
  it.each([
    ['a plain type', 'kubernetes.io/dockerconfigjson', 'type=kubernetes.io/dockerconfigjson'],
    [
      'a comma, which would start a second requirement',
      'Opaque,metadata.name=plain',
      'type=Opaque\\,metadata.name\\=plain',
    ],
    ['a leading =, which would make the operator ==', '=Opaque', 'type=\\=Opaque'],
    ['a backslash', 'a\\b', 'type=a\\\\b'],
    ['!, which is no operator after =', '!Opaque', 'type=!Opaque'],
  ])('escapes %s', (_case, value, selector) => {
    expect(fieldEquals('type', value)).toBe(selector);
  });
});
