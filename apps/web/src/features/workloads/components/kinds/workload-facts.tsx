import type { ReactNode } from 'react';
import { formatAge } from '../../../../shared/ui/format-age';
import { CredentialLinks } from '../credential-links';

interface WorkloadFactsProps {
  namespace: string;
  /** The kind's own facts, between the namespace and the images: `[label, value]`. */
  facts: readonly (readonly [string, ReactNode])[];
  images: string[];
  imagePullSecrets: string[];
  created: string;
}

/** What every kind's detail page states: namespace, its own counts, images, credentials (linked, or marked missing) and age. */
export function WorkloadFacts({ namespace, facts, images, imagePullSecrets, created }: WorkloadFactsProps) {
  return (
    <dl className="facts">
      <dt>Namespace</dt>
      <dd>{namespace}</dd>
      {facts.map(([label, value]) => [<dt key={`${label}-t`}>{label}</dt>, <dd key={`${label}-d`}>{value}</dd>])}
      <dt>Image</dt>
      <dd>{images.join(', ')}</dd>
      <dt>Image Access Credential</dt>
      <dd>
        <CredentialLinks namespace={namespace} imagePullSecrets={imagePullSecrets} />
      </dd>
      <dt>Age</dt>
      <dd>{formatAge(created)}</dd>
    </dl>
  );
}
