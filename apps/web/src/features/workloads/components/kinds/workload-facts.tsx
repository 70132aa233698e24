import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatAge } from '../../../../shared/ui/format-age';
import { namespaceHref, useCurrentCluster } from '../../../../shared/api/current-cluster';

interface WorkloadFactsProps {
  namespace: string;
  /** The kind's own facts, between the namespace and the images: `[label, value]`. */
  facts: readonly (readonly [string, ReactNode])[];
  images: string[];
  imagePullSecrets: string[];
  created: string;
}

/** What every kind's detail page states: namespace, its own counts, images, credentials (linked) and age. */
export function WorkloadFacts({ namespace, facts, images, imagePullSecrets, created }: WorkloadFactsProps) {
  const cluster = useCurrentCluster();
  return (
    <dl className="facts">
      <dt>Namespace</dt>
      <dd>{namespace}</dd>
      {facts.map(([label, value]) => [<dt key={`${label}-t`}>{label}</dt>, <dd key={`${label}-d`}>{value}</dd>])}
      <dt>Image</dt>
      <dd>{images.join(', ')}</dd>
      <dt>Image Access Credential</dt>
      <dd>
        {imagePullSecrets.length === 0
          ? "None (the service account's defaults apply)"
          : imagePullSecrets.map((s, i) => (
              <span key={s}>
                {i > 0 ? ', ' : null}
                <Link to={`${namespaceHref(cluster, namespace)}/secrets/${encodeURIComponent(s)}`}>{s}</Link>
              </span>
            ))}
      </dd>
      <dt>Age</dt>
      <dd>{formatAge(created)}</dd>
    </dl>
  );
}
