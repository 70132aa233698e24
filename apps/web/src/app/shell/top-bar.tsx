import type { KeyboardEventHandler, RefObject } from 'react';
import { SessionMenu } from '../../features/auth/components/session-menu';
import { useCluster } from '../../shared/api/cluster';
import { useSession } from '../../shared/api/session';
import { useClusterConnection } from '../../shared/api/use-cluster-reachable';
import type { StreamState } from '../../shared/api/stream/use-namespace-stream';
import { ClusterSelector } from './cluster-selector';
import { NamespaceSelector } from './namespace-selector';

const streamWords: Record<StreamState, string> = {
  connecting: 'Connecting',
  live: 'Live',
  reconnecting: 'Reconnecting',
  forbidden: 'Not permitted',
  unsupported: 'Not live',
};

interface TopBarProps {
  namespace: string;
  stream: StreamState;
  user: string;
  navOpen: boolean;
  onToggleNav: () => void;
  menuButton: RefObject<HTMLButtonElement | null>;
  onMenuKeyDown: KeyboardEventHandler;
}

/** The cluster the console talks to, its Kubernetes version, whether it is reachable, and the namespace. */
export function TopBar({ namespace, stream, user, navOpen, onToggleNav, menuButton, onMenuKeyDown }: TopBarProps) {
  const cluster = useCluster();
  const { reachable, credentialProblem, signInNeeded } = useClusterConnection();
  const session = useSession();
  return (
    <header className="top-bar">
      {/* Shown only on narrow screens, where the navigation collapses into this menu. */}
      <button
        type="button"
        ref={menuButton}
        className="menu-button"
        aria-expanded={navOpen}
        aria-controls="side-nav"
        onClick={onToggleNav}
        onKeyDown={onMenuKeyDown}
      >
        <span aria-hidden="true">☰</span> Menu
      </button>
      <span className="brand">Berth</span>
      <dl className="cluster-facts" aria-label="Cluster">
        <div>
          <dt>Cluster</dt>
          <dd>{cluster.data?.context ?? (cluster.isError ? 'unknown' : '…')}</dd>
        </div>
        <div>
          <dt>Kubernetes</dt>
          {/* No version without usable credentials: the API server could not be asked. */}
          <dd>{cluster.data ? (cluster.data.version ?? 'unknown') : cluster.isError ? 'unknown' : '…'}</dd>
        </div>
        <div>
          <dt>Connection</dt>
          <dd className={reachable ? 'conn conn-ok' : 'conn conn-down'}>
            {reachable
              ? streamWords[stream]
              : signInNeeded !== undefined
                ? 'Not signed in'
                : credentialProblem === undefined
                  ? 'Unreachable'
                  : 'No credentials'}
          </dd>
        </div>
      </dl>
      <ClusterSelector user={user} />
      <NamespaceSelector namespace={namespace} user={user} />
      {session.data ? <SessionMenu session={session.data} /> : null}
    </header>
  );
}
