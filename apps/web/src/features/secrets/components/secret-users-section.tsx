import { defaultServiceAccountName, workloadResources } from '@berth/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { namespaceHref, useCurrentCluster } from '../../../shared/api/current-cluster';
import { useServiceAccounts } from '../../../shared/api/list-service-accounts';
import { useNamespacePermissions } from '../../../shared/api/permissions';
import { useAnnounce } from '../../../shared/ui/announcer';
import { ErrorState, LoadingState } from '../../../shared/ui/query-state';
import { useSecretUsers } from '../api/get-secret-users';
import { useLinkServiceAccount } from '../api/link-service-account';

/**
 * Used by: the workloads pulling with the secret (naming it, or through their ServiceAccount) and the ServiceAccounts
 * carrying it, with Link to ServiceAccount and Unlink.
 */
export function SecretUsersSection({
  namespace,
  name,
  disabled,
}: {
  namespace: string;
  name: string;
  disabled: boolean;
}) {
  const cluster = useCurrentCluster();
  const users = useSecretUsers(namespace, name);
  // Hidden rather than refused: RBAC says whether this user may patch ServiceAccounts here.
  const mayLink = useNamespacePermissions(namespace).patchServiceAccounts;
  const link = useLinkServiceAccount();
  const announce = useAnnounce();
  const change = (serviceAccount: string, linked: boolean) =>
    link.mutate(
      { namespace, serviceAccount, secret: name, link: linked },
      {
        onSuccess: () => announce(`${name} ${linked ? 'linked to' : 'unlinked from'} ServiceAccount ${serviceAccount}`),
      },
    );
  return (
    <section aria-labelledby="used-by">
      <h2 id="used-by">Used by</h2>
      {users.isPending ? <LoadingState label="Loading who uses it…" /> : null}
      {users.isError ? <ErrorState error={users.error} forbidden={{ action: 'list its users', namespace }} /> : null}
      {users.data ? (
        <>
          {users.data.workloads.length === 0 && users.data.serviceAccounts.length === 0 ? (
            <p>No workload or ServiceAccount in this namespace uses it.</p>
          ) : (
            <ul className="used-by" aria-label="Used by">
              {users.data.workloads.map((w) => (
                <li key={`${w.kind}/${w.name}`}>
                  {w.kind}{' '}
                  <Link to={namespaceHref(cluster, namespace, 'workloads', workloadResources[w.kind].plural, w.name)}>
                    {w.name}
                  </Link>
                  {w.serviceAccount ? ` (through ServiceAccount ${w.serviceAccount})` : ''}
                </li>
              ))}
              {users.data.serviceAccounts.map((sa) => (
                <li key={`sa/${sa}`}>
                  ServiceAccount {sa}{' '}
                  {mayLink ? (
                    <button
                      type="button"
                      className="button-link"
                      disabled={disabled || link.isPending}
                      onClick={() => change(sa, false)}
                    >
                      Unlink from {sa}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {users.data.hidden.length > 0 ? (
            <p className="field-hint">
              You may not list {users.data.hidden.join(', ')} here, so users among them are not shown.
            </p>
          ) : null}
          {mayLink ? (
            <LinkServiceAccount
              namespace={namespace}
              linked={users.data.serviceAccounts}
              disabled={disabled || link.isPending}
              onLink={(sa) => change(sa, true)}
            />
          ) : null}
        </>
      ) : null}
      {link.isError ? (
        <ErrorState error={link.error} forbidden={{ action: 'change ServiceAccounts', namespace }} />
      ) : null}
    </section>
  );
}

function LinkServiceAccount({
  namespace,
  linked,
  disabled,
  onLink,
}: {
  namespace: string;
  linked: readonly string[];
  disabled: boolean;
  onLink: (serviceAccount: string) => void;
}) {
  const accounts = useServiceAccounts(namespace);
  const choices = (accounts.data?.items ?? []).map((sa) => sa.name).filter((sa) => !linked.includes(sa));
  const [chosen, setChosen] = useState('');
  const selected = choices.includes(chosen)
    ? chosen
    : choices.includes(defaultServiceAccountName)
      ? defaultServiceAccountName
      : (choices[0] ?? '');
  if (accounts.isError || choices.length === 0) return null;
  return (
    <div className="inline-form">
      <label htmlFor="link-service-account">ServiceAccount</label>
      <select
        id="link-service-account"
        value={selected}
        onChange={(e) => setChosen(e.target.value)}
        disabled={disabled}
      >
        {choices.map((sa) => (
          <option key={sa} value={sa}>
            {sa}
          </option>
        ))}
      </select>
      <button type="button" className="button" disabled={disabled || selected === ''} onClick={() => onLink(selected)}>
        Link to ServiceAccount
      </button>
      <p className="field-hint">
        Pods that name no image pull secret of their own get the ServiceAccount&apos;s when they are created.
      </p>
    </div>
  );
}
