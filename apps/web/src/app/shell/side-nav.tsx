import { NavLink } from 'react-router';

/** The left navigation, in CCE's words. */
export function SideNav({ namespace }: { namespace: string }) {
  const base = `/namespaces/${encodeURIComponent(namespace)}`;
  return (
    <nav className="side-nav" aria-label="Main">
      <ul>
        <li>
          <NavLink to={`${base}/workloads`}>Workloads</NavLink>
        </li>
        <li>
          <NavLink to={`${base}/secrets`}>ConfigMaps and Secrets</NavLink>
        </li>
      </ul>
    </nav>
  );
}
