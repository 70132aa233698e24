import { workloadResources, type CredentialRotationResult, type RegistryLogin } from '@berth/contracts';
import { useState } from 'react';
import { useNamespaces } from '../../../shared/api/namespaces';
import { Modal } from '../../../shared/ui/modal';
import { ErrorState } from '../../../shared/ui/query-state';
import { useRestartWorkload } from '../api/restart-workload';
import { useRotatePassword } from '../api/rotate-password';

interface RotatePasswordDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  namespace: string;
  login: RegistryLogin;
}

/** A new password for one registry login in every pull secret holding it, in the namespaces the user picks. */
export function RotatePasswordDialog({ open, onOpenChange, namespace, login }: RotatePasswordDialogProps) {
  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title={`Rotate the password of ${login.username} at ${login.server}`}
      wide
    >
      {open ? <RotatePasswordForm namespace={namespace} login={login} /> : null}
    </Modal>
  );
}

function RotatePasswordForm({ namespace, login }: { namespace: string; login: RegistryLogin }) {
  const namespaces = useNamespaces();
  const rotate = useRotatePassword();
  const [password, setPassword] = useState('');
  const [chosen, setChosen] = useState<string[]>([namespace]);
  const [found, setFound] = useState<CredentialRotationResult>();
  const [rotated, setRotated] = useState<CredentialRotationResult>();
  const names = (namespaces.data?.items ?? []).map((n) => n.name);
  const search = { server: login.server, username: login.username, namespaces: chosen };
  const lineBreak = /[\r\n]/.test(password);
  // Finding needs no new password, so it is not sent until the rotation itself.
  const run = (dryRun: boolean) =>
    rotate.mutate(
      { request: dryRun ? search : { ...search, password }, dryRun },
      { onSuccess: (result) => (dryRun ? setFound(result) : setRotated(result)) },
    );
  return (
    <div className="form">
      <label htmlFor="rotate-password">New password</label>
      <input
        id="rotate-password"
        type="password"
        autoComplete="new-password"
        value={password}
        aria-invalid={lineBreak}
        onChange={(e) => setPassword(e.target.value)}
      />
      <fieldset className="picker">
        <legend>In namespaces</legend>
        <ul className="picker-list">
          {(names.length > 0 ? names : [namespace]).map((ns) => (
            <li key={ns}>
              <input
                id={`rotate-in-${ns}`}
                type="checkbox"
                checked={chosen.includes(ns)}
                onChange={(e) => {
                  // What was found is for the namespaces chosen then: find again before rotating.
                  setFound(undefined);
                  setChosen((c) => (e.target.checked ? [...c, ns] : c.filter((x) => x !== ns)));
                }}
              />
              <label htmlFor={`rotate-in-${ns}`}>{ns}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button
        type="button"
        className="button"
        disabled={chosen.length === 0 || rotate.isPending}
        onClick={() => run(true)}
      >
        Find secrets
      </button>
      {found ? (
        <>
          <ul aria-label="Secrets holding this login">
            {found.secrets.map((s) => (
              <li key={`${s.namespace}/${s.name}`}>
                {s.namespace}/{s.name}
              </li>
            ))}
          </ul>
          {found.hiddenNamespaces.length > 0 ? (
            <p className="field-hint">
              Not looked at (you may not list secrets there): {found.hiddenNamespaces.join(', ')}
            </p>
          ) : null}
          <button
            type="button"
            className="button button-primary"
            disabled={password === '' || lineBreak || found.secrets.length === 0 || rotate.isPending}
            onClick={() => run(false)}
          >
            Rotate in {found.secrets.length} secrets
          </button>
        </>
      ) : null}
      {rotate.isError ? (
        <ErrorState error={rotate.error} forbidden={{ action: 'change these secrets', namespace }} />
      ) : null}
      {rotated ? <RotationResults result={rotated} /> : null}
    </div>
  );
}

function RotationResults({ result }: { result: CredentialRotationResult }) {
  const restart = useRestartWorkload();
  const [restarted, setRestarted] = useState<string[]>([]);
  return (
    <div role="status">
      <ul aria-label="Rotation results">
        {result.secrets.map((s) => (
          <li key={`${s.namespace}/${s.name}`}>
            {s.namespace}/{s.name}: {s.result}
            {s.message ? ` (${s.message})` : ''}
          </li>
        ))}
      </ul>
      {result.failingWorkloads.length > 0 ? (
        <>
          <p>These workloads have pods failing to pull with these secrets. Restart them so new pods pull now:</p>
          <ul aria-label="Workloads failing to pull">
            {result.failingWorkloads.map((w) => {
              const key = `${w.namespace}/${w.kind}/${w.name}`;
              const plural = workloadResources[w.kind].plural;
              return (
                <li key={key}>
                  {w.kind} {w.namespace}/{w.name}{' '}
                  {restarted.includes(key) ? (
                    'restarted'
                  ) : plural === 'deployments' || plural === 'statefulsets' || plural === 'daemonsets' ? (
                    <button
                      type="button"
                      className="button-link"
                      disabled={restart.isPending}
                      onClick={() =>
                        restart.mutate(
                          { namespace: w.namespace, plural, name: w.name },
                          { onSuccess: () => setRestarted((r) => [...r, key]) },
                        )
                      }
                    >
                      Restart {w.name}
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {restart.isError ? <ErrorState error={restart.error} forbidden={{ action: 'restart it' }} /> : null}
    </div>
  );
}
