import { FormInput } from './form-input';
import { slotId, type ContainerSlot } from './form-paths';

const quotas = [
  { resource: 'cpu', legend: 'CPU Quota', word: 'CPU', hint: 'Cores, or millicores with m: 0.5 or 500m' },
  { resource: 'memory', legend: 'Memory Quota', word: 'Memory', hint: 'Bytes with a unit: 128Mi, 1Gi (or M, G)' },
] as const;

/** CCE's CPU Quota and Memory Quota: what the scheduler reserves (request) and the most the container may use (limit). */
export function QuotaTab(slot: ContainerSlot) {
  const { list, index } = slot;
  const id = slotId(slot);
  return (
    <>
      {quotas.map(({ resource, legend, word, hint }) => (
        <fieldset key={resource} className="container-group">
          <legend>{legend}</legend>
          <FormInput
            id={`${id}-${resource}-request`}
            label={`${word} Request`}
            path={`${list}.${index}.resources.requests.${resource}`}
            optional
            hint={hint}
          />
          <FormInput
            id={`${id}-${resource}-limit`}
            label={`${word} Limit`}
            path={`${list}.${index}.resources.limits.${resource}`}
            optional
            hint="Empty means no limit; at least the request"
          />
        </fieldset>
      ))}
    </>
  );
}
