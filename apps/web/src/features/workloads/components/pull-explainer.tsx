import { Link } from 'react-router';
import type { PullFailure } from '../lib/explain-pull-failure';
import { namespaceHref, useCurrentCluster } from '../../../shared/api/current-cluster';

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
                  to={`${namespaceHref(cluster, namespace, 'secrets')}/${encodeURIComponent(fix.secret)}`}
                >
                  {fix.label}
                </Link>
              );
            case 'create-secret':
              return (
                <Link
                  key={fix.action}
                  className="button"
                  to={`${namespaceHref(cluster, namespace, 'secrets')}?create=secret`}
                >
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
