import { registryCheckRequest, type CheckOutcome, type RegistryCheckResult } from '@berth/contracts';
import { useId } from 'react';
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

/** Why the address cannot be tested, naming the field by its label; the BFF would refuse it with its own path. */
function addressProblem(server: string) {
  if (server === '') return undefined;
  const address = registryCheckRequest.shape.server.safeParse(server);
  return address.success ? undefined : `Image Repository Address ${address.error.issues[0]?.message ?? 'is invalid'}`;
}

const answerWords = (result: RegistryCheckResult) =>
  `${outcomeWords[result.outcome]}${result.message ? `: ${result.message}` : ''}`;

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
  const filled = server !== '' && username !== '' && password !== '';
  const reason = addressProblem(server);
  const reasonId = useId();
  // An answer holds only for the values it tested: after any edit it would describe credentials no longer shown.
  const tested = check.variables;
  const current = tested?.server === server && tested.username === username && tested.password === password;
  return (
    <div className="credential-test">
      <button
        type="button"
        className="button"
        disabled={!filled || reason !== undefined}
        // Not `disabled` while pending: a disabled button drops keyboard focus to <body>.
        aria-disabled={check.isPending ? true : undefined}
        aria-label={`Test credentials for ${label}`}
        aria-describedby={reason ? reasonId : undefined}
        onClick={() => {
          if (!check.isPending) check.mutate({ server, username, password });
        }}
      >
        {check.isPending ? 'Testing…' : 'Test credentials'}
      </button>
      {reason ? (
        <span id={reasonId} className="field-hint">
          {reason}
        </span>
      ) : null}
      <span role="status" className={check.data?.outcome === 'ok' ? 'check-ok' : 'check-bad'}>
        {current && check.data ? answerWords(check.data) : null}
        {current && check.error ? `Could not test: ${check.error.message}` : null}
      </span>
    </div>
  );
}
