import { describe, expect, it } from 'vitest';
import { grantAccess, parseScope } from './token-access';

describe('parseScope', () => {
  it.each([
    ['repository:janedoe/awesomeapp:pull', { type: 'repository', name: 'janedoe/awesomeapp', actions: ['pull'] }],
    [
      'repository:janedoe/awesomeapp:pull,push',
      { type: 'repository', name: 'janedoe/awesomeapp', actions: ['pull', 'push'] },
    ],
    ['repository:127.0.0.1:5000/app:pull', { type: 'repository', name: '127.0.0.1:5000/app', actions: ['pull'] }],
    ['registry:catalog:*', { type: 'registry', name: 'catalog', actions: ['*'] }],
  ])('%s', (scope, expected) => {
    expect(parseScope(scope)).toEqual(expected);
  });

  it.each(['', 'repository', 'repository:app', ':app:pull', 'repository::pull', 'repository:app:'])(
    'rejects %j',
    (scope) => {
      expect(parseScope(scope)).toBeUndefined();
    },
  );
});

describe('grantAccess', () => {
  const scope = 'repository:janedoe/awesomeapp:pull,push';

  it('grants its user pull and push, and nothing else', () => {
    expect(grantAccess([scope, 'repository:x/y:pull,delete,*', 'registry:catalog:*'], true)).toEqual([
      { type: 'repository', name: 'janedoe/awesomeapp', actions: ['pull', 'push'] },
      { type: 'repository', name: 'x/y', actions: ['pull'] },
    ]);
  });

  it('reads several scopes in one parameter, space-separated', () => {
    expect(grantAccess(['repository:a:pull repository:b:push'], true).map((a) => a.name)).toEqual(['a', 'b']);
  });

  it('grants an anonymous request nothing, so the registry answers insufficient scope', () => {
    expect(grantAccess([scope], false)).toEqual([]);
  });
});
