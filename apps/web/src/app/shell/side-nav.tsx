import type { KeyboardEventHandler } from 'react';
import { NavLink } from 'react-router';
import { namespaceHref, useCurrentCluster } from '../../shared/api/current-cluster';

interface SideNavProps {
  namespace: string;
  /** On narrow screens the navigation is a menu, shown only while open. */
  open: boolean;
  onNavigate: () => void;
  onKeyDown: KeyboardEventHandler;
}

/** The left navigation, in CCE's words. */
export function SideNav({ namespace, open, onNavigate, onKeyDown }: SideNavProps) {
  const base = namespaceHref(useCurrentCluster(), namespace);
  return (
    <nav id="side-nav" className={open ? 'side-nav side-nav-open' : 'side-nav'} aria-label="Main">
      <ul>
        <li>
          <NavLink to={`${base}/workloads`} onClick={onNavigate} onKeyDown={onKeyDown}>
            Workloads
          </NavLink>
        </li>
        <li>
          <NavLink to={`${base}/secrets`} onClick={onNavigate} onKeyDown={onKeyDown}>
            ConfigMaps and Secrets
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
