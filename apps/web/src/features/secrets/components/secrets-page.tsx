import { pullSecretTypes } from '@berth/contracts';
import { useRef } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { consolePath, withParam } from '../../../shared/api/return-to';
import { useSecrets } from '../../../shared/api/list-secrets';
import { forbiddenReason, useNamespacePermissions } from '../../../shared/api/permissions';
import { useClusterReachable } from '../../../shared/api/use-cluster-reachable';
import { ListStates } from '../../../shared/ui/query-state';
import { countOf } from '../../../shared/ui/count-of';
import { CreateSecretDialog } from './create-secret-dialog';
import { SecretsTable } from './secrets-table';

const typeOptions = [
  { value: '', label: 'All types' },
  ...Object.keys(pullSecretTypes).map((type) => ({ value: type, label: type })),
  { value: 'Opaque', label: 'Opaque' },
  { value: 'kubernetes.io/service-account-token', label: 'kubernetes.io/service-account-token' },
];

const toCreateWorkload = (path: string) =>
  new URL(path, 'https://console.invalid').pathname.endsWith('/workloads/create');

/** The query parameters a link from elsewhere opens Create Secret with (the pull explainer's "Create Secret"). */
const createParams = ['create', 'name', 'registry', 'returnTo'];

/**
 * ConfigMaps and Secrets > Secrets: filters and the open Create Secret dialog live in the URL. A link may prefill the
 * dialog (`?create=1&name=&registry=`) and name the console page to go back to once the secret exists (`returnTo`).
 */
export function SecretsPage({ namespace }: { namespace: string }) {
  const [params, setParams] = useSearchParams();
  const type = params.get('type') ?? '';
  const q = params.get('q') ?? '';
  const creating = params.has('create');
  const returnTo = consolePath(params.get('returnTo'));
  const navigate = useNavigate();
  const returning = useRef(false);
  const secrets = useSecrets(namespace);
  const reachable = useClusterReachable();
  const { createSecrets } = useNamespacePermissions(namespace);
  const setParam = (key: string, value: string) =>
    setParams(
      (p) => {
        if (value === '') p.delete(key);
        else p.set(key, value);
        return p;
      },
      { replace: true },
    );

  const rows = (secrets.data?.items ?? []).filter(
    (s) => (type === '' || s.type === type) && s.name.includes(q.trim().toLowerCase()),
  );
  return (
    <section aria-labelledby="secrets-title">
      <div className="page-header">
        <h1 id="secrets-title">ConfigMaps and Secrets</h1>
      </div>
      <div className="tabs" role="navigation" aria-label="ConfigMaps and Secrets">
        <span className="tab tab-active" aria-current="page">
          Secrets
        </span>
      </div>
      <div className="toolbar">
        <button
          type="button"
          className="button button-primary"
          disabled={!reachable || !createSecrets}
          aria-describedby={createSecrets ? undefined : 'create-secret-forbidden'}
          onClick={() => setParam('create', 'secret')}
        >
          Create Secret
        </button>
        {createSecrets ? null : (
          <span id="create-secret-forbidden" className="field-hint">
            {forbiddenReason('secrets', namespace)}
          </span>
        )}
        <label htmlFor="secret-type-filter">Type</label>
        <select id="secret-type-filter" value={type} onChange={(e) => setParam('type', e.target.value)}>
          {typeOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <label htmlFor="secret-search">Search by name</label>
        <input id="secret-search" type="search" value={q} onChange={(e) => setParam('q', e.target.value)} />
        {secrets.data ? <span className="count">{countOf(rows.length, 'secret')}</span> : null}
      </div>
      <ListStates
        list={secrets}
        shown={rows.length}
        reachable={reachable}
        loading="Loading secrets…"
        forbidden={{ action: 'list secrets', namespace }}
        none={`No secrets in namespace ${namespace} yet.`}
        noMatch="No secret matches these filters."
      />
      {rows.length > 0 ? <SecretsTable secrets={rows} stale={!reachable} /> : null}
      <CreateSecretDialog
        open={creating}
        onOpenChange={(open) => {
          if (open) return setParam('create', 'secret');
          // Leaving for returnTo: clearing the query now would navigate again and cancel that.
          if (returning.current) return;
          setParams(
            (p) => {
              createParams.forEach((key) => p.delete(key));
              return p;
            },
            { replace: true },
          );
        }}
        namespace={namespace}
        initial={{ name: params.get('name') ?? undefined, server: params.get('registry') ?? undefined }}
        // Back to the workload (or the form) that asked.
        {...(returnTo
          ? {
              onCreated: (name: string) => {
                returning.current = true;
                // Create Workload selects the credential the URL names; other pages find it in the namespace's list.
                void navigate(toCreateWorkload(returnTo) ? withParam(returnTo, 'credential', name) : returnTo);
              },
            }
          : {})}
      />
    </section>
  );
}
