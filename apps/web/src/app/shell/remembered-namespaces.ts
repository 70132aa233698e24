import { isDnsLabelName } from '@berth/contracts';
import { useMemo, useSyncExternalStore } from 'react';

// Namespace names only, per user name: web storage never holds anything secret (SECURITY.md).
const keyOf = (user: string) => `berth.namespaces.${user}`;
const kept = 8;
const listeners = new Set<() => void>();

function read(user: string): string | null {
  try {
    return localStorage.getItem(keyOf(user));
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

function write(user: string, names: string[]): void {
  try {
    localStorage.setItem(keyOf(user), JSON.stringify(names.slice(0, kept)));
  } catch {
    // Storage full or turned off: the console works, it just remembers nothing.
  }
  listeners.forEach((listener) => listener());
}

/** The namespaces this user worked in here, the most recent first. */
export const rememberedNamespaces = (user: string): string[] => parse(read(user));

export const rememberNamespace = (user: string, namespace: string) =>
  write(user, [namespace, ...rememberedNamespaces(user).filter((n) => n !== namespace)]);

export const forgetNamespace = (user: string, namespace: string) =>
  write(
    user,
    rememberedNamespaces(user).filter((n) => n !== namespace),
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

export function useRememberedNamespaces(user: string): string[] {
  const raw = useSyncExternalStore(subscribe, () => read(user));
  return useMemo(() => parse(raw), [raw]);
}
