import type { SessionInfo } from '@berth/contracts';
import { lazy, Suspense, type ReactNode } from 'react';
import { ApiError } from '../../shared/api/api-error';
import { useSession } from '../../shared/api/session';
import { ErrorState, LoadingState } from '../../shared/ui/query-state';

// Only token mode before sign-in shows it, so it stays out of the first route's JS (issue 16's budget).
const SignInPage = lazy(() =>
  import('../../features/auth/components/sign-in-page').then((m) => ({ default: m.SignInPage })),
);

/** Nothing of the console (not even its stream) starts before the BFF says who is signed in; a 401 is the sign-in page. */
export function SessionGate({ children }: { children: (session: SessionInfo) => ReactNode }) {
  const session = useSession();
  if (session.error instanceof ApiError && session.error.status === 401)
    return (
      <Suspense fallback={<LoadingState label="Loading Berth…" />}>
        <SignInPage />
      </Suspense>
    );
  if (session.isError) return <ErrorState error={session.error} forbidden={{ action: 'find out who is signed in' }} />;
  if (session.data === undefined) return <LoadingState label="Loading Berth…" />;
  return children(session.data);
}
