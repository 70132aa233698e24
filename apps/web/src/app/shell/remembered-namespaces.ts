import { isDnsLabelName } from '@berth/contracts';
import { useMemo, useSyncExternalStore } from 'react';

// Namespace names only, per kubeconfig context and user name: web storage never holds anything secret (SECURITY.md).
// Per context: team-a in one cluster says nothing about another cluster, which may have no such namespace.
const keyOf = (context: string, user: string) => `berth.namespaces.${JSON.stringify([context, user])}`;
const kept = 8;
const listeners = new Set<() => void>();

function read(context: string | undefined, user: string): string | null {
  // The default cluster's context is not known until /api/cluster answers: nothing is remembered for it until then.
  if (context === undefined) return null;
  try {
    return localStorage.getItem(keyOf(context, user));
  } catch {
    return null;
  }
}

function parse(raw: string | null): string[] {
  try {
    const stored: unknown = JSON.parse(raw ?? '[]');
    return Array.isArray(stored) ? stored.filter((n): n is string => typeof n === 'string' && isDnsLabelName(n)) : [];
  } catch {
    return [];
  }
}

function write(context: string, user: string, names: string[]): void {
  try {
    localStorage.setItem(keyOf(context, user), JSON.stringify(names.slice(0, kept)));
  } catch {
    // Storage full or turned off: the console works, it just remembers nothing.
  }
  listeners.forEach((listener) => listener());
}

/** The namespaces this user worked in here in this context's cluster, the most recent first. */
export const rememberedNamespaces = (context: string | undefined, user: string): string[] => parse(read(context, user));

export const rememberNamespace = (context: string, user: string, namespace: string) =>
  write(context, user, [namespace, ...rememberedNamespaces(context, user).filter((n) => n !== namespace)]);

export const forgetNamespace = (context: string, user: string, namespace: string) =>
  write(
    context,
    user,
    rememberedNamespaces(context, user).filter((n) => n !== namespace),
  );

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab of the console remembered one too.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

export function useRememberedNamespaces(context: string | undefined, user: string): string[] {
  const raw = useSyncExternalStore(subscribe, () => read(context, user));
  return useMemo(() => parse(raw), [raw]);
}
