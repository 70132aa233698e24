import type { ReactNode } from 'react';
import { ApiError } from '../api/api-error';

interface Forbidden {
  /** The verb and resource in the user's words: "list secrets". */
  action: string;
  namespace?: string;
}

/** A failed load said plainly: a 403 becomes "You cannot list secrets in namespace team-b", a 404 says what is not there. */
export function ErrorState({ error, forbidden }: { error: unknown; forbidden: Forbidden }) {
  if (error instanceof ApiError && error.status === 403) {
    const where = forbidden.namespace === undefined ? '' : ` in namespace ${forbidden.namespace}`;
    return (
      <div role="alert" className="state state-error">
        You cannot {forbidden.action}
        {where}.
      </div>
    );
  }
  // A 404 is an answer, not a failure: "Namespace nope does not exist", "No secret named web in namespace team-a".
  if (error instanceof ApiError && error.status === 404) {
    return (
      <div role="alert" className="state state-error">
        {error.message}.
      </div>
    );
  }
  const message = error instanceof Error ? error.message : 'Something went wrong';
  return (
    <div role="alert" className="state state-error">
      Could not {forbidden.action}: {message}
    </div>
  );
}

export function LoadingState({ label }: { label: string }) {
  return (
    <div role="status" className="state" aria-busy="true">
      {label}
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="state state-empty">{children}</div>;
}

interface ListStatesProps {
  list: { data?: { items: readonly unknown[] } | undefined; isPending: boolean; isError: boolean; error: unknown };
  /** How many rows the filters leave. */
  shown: number;
  reachable: boolean;
  loading: string;
  forbidden: Forbidden;
  /** The namespace has none at all. */
  none: string;
  /** There are some, but the filters leave none. */
  noMatch: string;
}

/** What a list page shows around its table: the stale note, loading, the error, or why there are no rows. */
export function ListStates({ list, shown, reachable, loading, forbidden, none, noMatch }: ListStatesProps) {
  return (
    <>
      {!reachable && list.data ? (
        <p className="stale-note">Stale: last known state while the API server is unreachable.</p>
      ) : null}
      {list.isPending ? <LoadingState label={loading} /> : null}
      {list.isError ? <ErrorState error={list.error} forbidden={forbidden} /> : null}
      {list.data && shown === 0 ? <EmptyState>{list.data.items.length === 0 ? none : noMatch}</EmptyState> : null}
    </>
  );
}
