import type { SessionInfo } from '@berth/contracts';
import { useSignOut } from '../api/sign-out';

/** Who the console acts as; in token mode also the way out. */
export function SessionMenu({ session }: { session: SessionInfo }) {
  const signOut = useSignOut();
  return (
    <div className="session-menu">
      <span>
        {session.mode === 'token' ? 'Signed in as ' : 'Acting as '}
        <strong>{session.username}</strong>
      </span>
      {session.mode === 'token' ? (
        <button type="button" className="button" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
          Sign out
        </button>
      ) : null}
    </div>
  );
}
