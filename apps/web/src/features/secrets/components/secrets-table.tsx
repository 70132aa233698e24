import type { SecretSummary } from '@berth/contracts';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../../shared/ui/data-table';
import { formatAge } from '../../../shared/ui/format-age';
import { namespaceHref, useCurrentCluster } from '../../../shared/api/current-cluster';

const columns: readonly Column<SecretSummary>[] = [
  {
    header: 'Name',
    cell: (s) => <SecretLink secret={s} />,
  },
  { header: 'Type', cell: (s) => s.type },
  { header: 'Data', cell: (s) => s.dataCount, width: '4rem' },
  { header: 'Registries', cell: (s) => s.registries.map((r) => `${r.server} (${r.username})`).join(', ') || '—' },
  { header: 'Age', cell: (s) => formatAge(s.created), width: '5rem' },
];

function SecretLink({ secret }: { secret: SecretSummary }) {
  const cluster = useCurrentCluster();
  return <Link to={namespaceHref(cluster, secret.namespace, 'secrets', secret.name)}>{secret.name}</Link>;
}

/** `kubectl get secret`, plus the registries of each pull secret. */
export function SecretsTable({ secrets, stale }: { secrets: readonly SecretSummary[]; stale: boolean }) {
  return <DataTable label="Secrets" columns={columns} rows={secrets} rowKey={(s) => s.name} stale={stale} />;
}
