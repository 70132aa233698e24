import { Link, useLocation } from 'react-router';
import { namespaceHref, useCurrentCluster } from '../../../shared/api/current-cluster';
import { useSecrets } from '../../../shared/api/list-secrets';
import { withReturnTo } from '../../../shared/api/return-to';

/**
 * A workload's Image Access Credentials, each a link to its secret; one that no longer exists (deleted after the
 * workload named it) is marked missing, with Create Secret for that name. Unknown (list not readable): plain links.
 */
export function CredentialLinks({ namespace, imagePullSecrets }: { namespace: string; imagePullSecrets: string[] }) {
  const cluster = useCurrentCluster();
  const { pathname, search } = useLocation();
  const secrets = useSecrets(namespace);
  if (imagePullSecrets.length === 0) return <>None (the service account&apos;s defaults apply)</>;
  const exists = (name: string) => !secrets.isSuccess || secrets.data.items.some((s) => s.name === name);
  const base = namespaceHref(cluster, namespace, 'secrets');
  return (
    <>
      {imagePullSecrets.map((name, i) => (
        <span key={name}>
          {i > 0 ? ', ' : null}
          {exists(name) ? (
            <Link to={`${base}/${encodeURIComponent(name)}`}>{name}</Link>
          ) : (
            <span className="credential-missing">
              {name} <strong>(missing: no secret of this name in {namespace})</strong>{' '}
              <Link
                to={withReturnTo(
                  `${base}?${new URLSearchParams({ create: '1', name }).toString()}`,
                  `${pathname}${search}`,
                )}
                aria-label={`Create Secret ${name}`}
              >
                Create Secret
              </Link>
            </span>
          )}
        </span>
      ))}
    </>
  );
}
