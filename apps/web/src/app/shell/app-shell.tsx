import { Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Outlet, useParams } from 'react-router';
import { useCurrentContext } from '../../shared/api/cluster';
import { CurrentCluster, defaultCluster } from '../../shared/api/current-cluster';
import { useNamespaceStream, type StreamState } from '../../shared/api/stream/use-namespace-stream';
import { LoadingState } from '../../shared/ui/query-state';
import { ConnectionBanner } from './connection-banner';
import { forgetNamespace, rememberNamespace } from './remembered-namespaces';
import { SessionGate } from './session-gate';
import { SideNav } from './side-nav';
import { TopBar } from './top-bar';

/** The cluster and namespace come from the URL; everything below asks, fetches and caches under that cluster only. */
export function AppShell() {
  const cluster = useParams().cluster ?? defaultCluster;
  return (
    <CurrentCluster value={cluster}>
      <SessionGate>{(session) => <SignedInShell cluster={cluster} user={session.username} />}</SessionGate>
    </CurrentCluster>
  );
}

/** Top bar, left navigation (a menu on narrow screens) and the page. */
function SignedInShell({ cluster, user }: { cluster: string; user: string }) {
  const namespace = useParams().ns ?? 'default';
  const stream = useNamespaceStream(cluster, namespace);
  const [navOpen, setNavOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  // Escape on the Menu button or inside the open menu closes it, and focus goes back to the button that opened it.
  const closeNavOnEscape = (event: KeyboardEvent) => {
    if (!navOpen || event.key !== 'Escape') return;
    event.preventDefault();
    setNavOpen(false);
    menuButton.current?.focus();
  };
  useRememberUsedNamespace(user, namespace, stream);
  return (
    <div className="shell">
      <TopBar
        namespace={namespace}
        stream={stream}
        user={user}
        navOpen={navOpen}
        onToggleNav={() => setNavOpen((open) => !open)}
        menuButton={menuButton}
        onMenuKeyDown={closeNavOnEscape}
      />
      <SideNav namespace={namespace} open={navOpen} onNavigate={() => setNavOpen(false)} onKeyDown={closeNavOnEscape} />
      <main className="page">
        <ConnectionBanner />
        <Suspense fallback={<LoadingState label="Loading page…" />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

/**
 * A namespace opened here is remembered for the selector and the next visit to this cluster, unless RBAC refused every
 * watch. The default cluster's short URLs wait for /api/cluster to name its context.
 */
function useRememberUsedNamespace(user: string, namespace: string, stream: StreamState) {
  const context = useCurrentContext();
  useEffect(() => {
    if (context === undefined) return;
    if (stream === 'forbidden') forgetNamespace(context, user, namespace);
    else rememberNamespace(context, user, namespace);
  }, [context, user, namespace, stream]);
}
