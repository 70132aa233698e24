import { FormInput } from './form-input';
import type { ContainerList } from './form-paths';
import type { ProbeName } from './probe-fieldset';

// Kubernetes' defaults, shown as placeholders so an empty box says what it means.
const timings = [
  { field: 'initialDelaySeconds', words: 'initial delay (seconds)', placeholder: '0' },
  { field: 'periodSeconds', words: 'period (seconds)', placeholder: '10' },
  { field: 'timeoutSeconds', words: 'timeout (seconds)', placeholder: '1' },
  { field: 'failureThreshold', words: 'failure threshold', placeholder: '3' },
  { field: 'successThreshold', words: 'success threshold', placeholder: '1' },
] as const;

/** When the kubelet starts probing, how often, how long it waits, and how many results flip the state. */
export function ProbeTimings({
  id,
  word,
  probe,
  path,
}: {
  id: string;
  word: string;
  probe: ProbeName;
  path: `${ContainerList}.${number}.${ProbeName}`;
}) {
  // Liveness and startup probes must succeed exactly once (the API server refuses more), so only readiness asks.
  return (
    <div className="container-timings">
      {timings
        .filter(({ field }) => field !== 'successThreshold' || probe === 'readinessProbe')
        .map(({ field, words, placeholder }) => (
          <FormInput
            key={field}
            id={`${id}-${field}`}
            label={`${word} ${words}`}
            numeric
            placeholder={placeholder}
            path={`${path}.${field}`}
          />
        ))}
    </div>
  );
}
