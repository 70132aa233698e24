import type { CheckOutcome } from '@berth/contracts';
import { useCheckRegistry } from '../api/check-registry';

const outcomeWords: Record<CheckOutcome, string> = {
  ok: 'Login succeeded',
  unauthorized: 'The registry refused these credentials',
  forbidden: 'The registry refused access for this user',
  'not-found': 'The registry answered, but has no registry API at this address',
  'too-many-requests': 'The registry is rate limiting; try again later',
  unreachable: 'The registry cannot be reached',
  blocked: 'Berth does not contact this address (its registry address policy)',
  unexpected: 'The registry answered unexpectedly',
};

/** Test credentials for one registry, with the answer inline and announced. */
export function CredentialTest({
  server,
  username,
  password,
  label,
}: {
  server: string;
  username: string;
  password: string;
  label: string;
}) {
  const check = useCheckRegistry();
  const ready = server !== '' && username !== '' && password !== '';
  return (
    <div className="credential-test">
      <button
        type="button"
        className="button"
        disabled={!ready || check.isPending}
        aria-label={`Test credentials for ${label}`}
        onClick={() => check.mutate({ server, username, password })}
      >
        {check.isPending ? 'Testing…' : 'Test credentials'}
      </button>
      <span role="status" className={check.data?.outcome === 'ok' ? 'check-ok' : 'check-bad'}>
        {check.data
          ? `${outcomeWords[check.data.outcome]}${check.data.message ? `: ${check.data.message}` : ''}`
          : null}
        {check.error ? `Could not test: ${check.error.message}` : null}
      </span>
    </div>
  );
}
