// What a token grants: the requested repository actions this user may have, nothing for anyone else.

export interface ResourceAccess {
  type: string;
  name: string;
  actions: string[];
}

/** `repository:janedoe/awesomeapp:pull,push`; the name may hold a `host:port`, so actions follow the last colon. */
export function parseScope(scope: string): ResourceAccess | undefined {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first <= 0 || last <= first) return undefined;
  const actions = scope
    .slice(last + 1)
    .split(',')
    .filter(Boolean);
  const name = scope.slice(first + 1, last);
  if (!name || actions.length === 0) return undefined;
  return { type: scope.slice(0, first), name, actions };
}

/** The issuer's own user may pull and push any repository; anonymous requests get an empty grant. */
export function grantAccess(scopes: string[], authenticated: boolean): ResourceAccess[] {
  if (!authenticated) return [];
  const allowed = new Set(['pull', 'push']);
  return scopes
    .flatMap((scope) => scope.split(' '))
    .map(parseScope)
    .filter((access): access is ResourceAccess => access?.type === 'repository')
    .map((access) => ({ ...access, actions: access.actions.filter((action) => allowed.has(action)) }))
    .filter((access) => access.actions.length > 0);
}
