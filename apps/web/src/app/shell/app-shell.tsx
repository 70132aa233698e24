import { Suspense } from 'react';
import { Outlet, useParams } from 'react-router';
import { useNamespaceStream } from '../../shared/api/use-namespace-stream';
import { LoadingState } from '../../shared/ui/query-state';
import { ConnectionBanner } from './connection-banner';
import { SideNav } from './side-nav';
import { TopBar } from './top-bar';

/** Top bar, left navigation and the page; the namespace comes from the URL and its stream keeps the cache live. */
export function AppShell() {
  const namespace = useParams().ns ?? 'default';
  const stream = useNamespaceStream(namespace);
  return (
    <div className="shell">
      <TopBar namespace={namespace} stream={stream} />
      <SideNav namespace={namespace} />
      <main className="page">
        <ConnectionBanner />
        <Suspense fallback={<LoadingState label="Loading page…" />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
