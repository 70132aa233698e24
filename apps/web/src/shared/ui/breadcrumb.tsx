import { Link } from 'react-router';

/** `Secrets / test` on a detail page: a link back to the namespace's list, then the object's name. */
export function Breadcrumb({ listPath, listLabel, name }: { listPath: string; listLabel: string; name: string }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <Link to={listPath}>{listLabel}</Link> / {name}
    </nav>
  );
}
