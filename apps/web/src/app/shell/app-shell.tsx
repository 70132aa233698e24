import { Suspense } from 'react';
import { Outlet, useParams } from 'react-router';
import { ApiError } from '../../shared/api/api-error';
import { useSession } from '../../shared/api/session';
import { useNamespaceStream } from '../../shared/api/use-namespace-stream';
import { ErrorState, LoadingState } from '../../shared/ui/query-state';
import { SignInPage } from '../../features/auth/components/sign-in-page';
import { ConnectionBanner } from './connection-banner';
import { SideNav } from './side-nav';
import { TopBar } from './top-bar';

/** Nothing of the console (not even its stream) starts before the BFF says who is signed in; a 401 is the sign-in page. */
export function AppShell() {
  const session = useSession();
  if (session.error instanceof ApiError && session.error.status === 401) return <SignInPage />;
  if (session.isError) return <ErrorState error={session.error} forbidden={{ action: 'find out who is signed in' }} />;
  if (session.data === undefined) return <LoadingState label="Loading Berth…" />;
  return <SignedInShell />;
}

/** Top bar, left navigation and the page; the namespace comes from the URL and its stream keeps the cache live. */
function SignedInShell() {
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
