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
