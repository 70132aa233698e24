import { Link, useLocation } from 'react-router';
import type { PullFailure, PullFix } from '../lib/explain-pull-failure';
import { namespaceHref, useCurrentCluster } from '../../../shared/api/current-cluster';
import { withReturnTo } from '../../../shared/api/return-to';

/** The Secrets page's Create Secret dialog, prefilled from the query (secrets-page.tsx reads the same parameters). */
function createSecretHref(secrets: string, fix: Extract<PullFix, { action: 'create-secret' }>): string {
  const params = new URLSearchParams({ create: '1', ...(fix.name ? { name: fix.name } : {}), registry: fix.registry });
  return `${secrets}?${params.toString()}`;
}

interface PullExplainerProps {
  failure: PullFailure;
  namespace: string;
  container: string;
  onEditImage: () => void;
  onPickCredential: () => void;
}

/** A failed pull in plain words, with the fix one click away. */
export function PullExplainer({ failure, namespace, container, onEditImage, onPickCredential }: PullExplainerProps) {
  const cluster = useCurrentCluster();
  // Where the fix brings the user back to: this page, as it is now.
  const { pathname, search } = useLocation();
  const here = `${pathname}${search}`;
  const secrets = namespaceHref(cluster, namespace, 'secrets');
  const titleId = `pull-failure-${container}`;
  return (
    <section role="alert" aria-labelledby={titleId} className={`explainer explainer-${failure.kind}`}>
      <h3 id={titleId}>{failure.title}</h3>
      <p>{failure.explanation}</p>
      <div className="actions">
        {failure.fix.map((fix) => {
          switch (fix.action) {
            case 'edit-secret':
              return (
                <Link
                  key={fix.action}
                  className="button"
                  to={withReturnTo(`${secrets}/${encodeURIComponent(fix.secret)}?edit=1`, here)}
                >
                  {fix.label}
                </Link>
              );
            case 'create-secret':
              return (
                <Link key={fix.action} className="button" to={withReturnTo(createSecretHref(secrets, fix), here)}>
                  {fix.label}
                </Link>
              );
            case 'pick-credential':
              return (
                <button key={fix.action} type="button" className="button" onClick={onPickCredential}>
                  {fix.label}
                </button>
              );
            case 'edit-image':
              return (
                <button key={fix.action} type="button" className="button" onClick={onEditImage}>
                  {fix.label}
                </button>
              );
            case 'network':
              return (
                <details key={fix.action} className="prerequisites">
                  <summary>{fix.label}</summary>
                  <ul>
                    <li>
                      Intranet: the registry in the cluster's VPC, or another VPC joined by a VPC peering connection.
                    </li>
                    <li>Internet: pods need Internet access, through an SNAT rule or an EIP bound to the node.</li>
                    <li>On premises: Direct Connect or VPN to the cluster's VPC.</li>
                    <li>A registry without a domain name in the image (nginx:latest) is docker.io.</li>
                  </ul>
                </details>
              );
          }
        })}
      </div>
    </section>
  );
}
