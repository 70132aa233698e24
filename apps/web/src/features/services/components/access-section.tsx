import type { ServiceSummary } from '@berth/contracts';
import { useState } from 'react';
import { useClusterReachable } from '../../../shared/api/use-cluster-reachable';
import { DataTable, type Column } from '../../../shared/ui/data-table';
import { EmptyState, ErrorState, LoadingState } from '../../../shared/ui/query-state';
import { useServices } from '../api/list-services';
import {
  editableType,
  formOfService,
  newServiceForm,
  nodePorts,
  portMappings,
  selectsPods,
  serviceTypeLabel,
  type ContainerPort,
} from '../lib/access';
import { DeleteServiceDialog } from './delete-service-dialog';
import { ServiceDialog } from './service-dialog';

export interface AccessSectionProps {
  namespace: string;
  /** The labels of the workload's pods; a Service whose selector they satisfy is listed, and "Add Service" selects them. */
  selector: Record<string, string>;
  containerPorts: ContainerPort[];
}

type Dialog =
  { kind: 'add' } | { kind: 'edit'; service: ServiceSummary } | { kind: 'delete'; name: string } | undefined;

/** CCE's "Access settings" on a workload's page: the Services reaching its pods, each editable and deletable. */
export function AccessSection({ namespace, selector, containerPorts }: AccessSectionProps) {
  const services = useServices(namespace);
  const reachable = useClusterReachable();
  const [dialog, setDialog] = useState<Dialog>();
  const rows = services.data?.items.filter((s) => selectsPods(s, selector)) ?? [];
  const close = (open: boolean) => (open ? undefined : setDialog(undefined));
  const columns: Column<ServiceSummary>[] = [
    { header: 'Name', cell: (s) => s.name },
    { header: 'Type', cell: serviceTypeLabel },
    { header: 'Cluster IP', cell: (s) => s.clusterIP || '—' },
    { header: 'Ports', cell: portMappings },
    { header: 'Node Ports', cell: (s) => nodePorts(s) || '—' },
    {
      header: 'Actions',
      cell: (s) => (
        <div className="actions">
          {editableType(s) === undefined ? null : (
            <button
              type="button"
              className="button-link"
              disabled={!reachable}
              aria-label={`Edit Service ${s.name}`}
              onClick={() => setDialog({ kind: 'edit', service: s })}
            >
              Edit
            </button>
          )}
          <button
            type="button"
            className="button-link danger"
            disabled={!reachable}
            aria-label={`Delete Service ${s.name}`}
            onClick={() => setDialog({ kind: 'delete', name: s.name })}
          >
            Delete
          </button>
        </div>
      ),
    },
  ];
  const editing = dialog?.kind === 'edit' ? dialog.service : undefined;
  const editingType = editing === undefined ? undefined : editableType(editing);
  return (
    <section aria-labelledby="access-title">
      <div className="toolbar">
        <h2 id="access-title">Access</h2>
        <button type="button" className="button" disabled={!reachable} onClick={() => setDialog({ kind: 'add' })}>
          Add Service
        </button>
      </div>
      {services.isPending ? <LoadingState label="Loading Services…" /> : null}
      {services.isError ? (
        <ErrorState error={services.error} forbidden={{ action: 'list services', namespace }} />
      ) : null}
      {services.data && rows.length === 0 ? <EmptyState>No Service reaches these pods.</EmptyState> : null}
      {rows.length > 0 ? (
        <DataTable label="Services" columns={columns} rows={rows} rowKey={(s) => s.name} stale={!reachable} />
      ) : null}
      {dialog?.kind === 'add' ? (
        <ServiceDialog
          open
          onOpenChange={close}
          namespace={namespace}
          selector={selector}
          containerPorts={containerPorts}
          values={newServiceForm(selector, containerPorts)}
        />
      ) : null}
      {editing !== undefined && editingType !== undefined ? (
        <ServiceDialog
          open
          onOpenChange={close}
          namespace={namespace}
          selector={selector}
          containerPorts={containerPorts}
          values={formOfService(editing, editingType, containerPorts)}
          editing
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <DeleteServiceDialog open onOpenChange={close} namespace={namespace} name={dialog.name} />
      ) : null}
    </section>
  );
}
