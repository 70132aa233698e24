import type { WorkloadFormInput } from '@berth/contracts';
import { useFormContext, useWatch } from 'react-hook-form';
import { FormField } from '../../../../shared/ui/form-field';
import { FormInput } from './form-input';
import { slotId, type ContainerSlot } from './form-paths';
import { LinesField } from './lines-field';
import { ProbeTimings } from './probe-timings';

export type ProbeName = 'livenessProbe' | 'readinessProbe' | 'startupProbe';
type ProbeType = 'none' | 'httpGet' | 'tcpSocket' | 'exec';

const probeTypes: { value: ProbeType; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'httpGet', label: 'HTTP request' },
  { value: 'tcpSocket', label: 'TCP port' },
  { value: 'exec', label: 'Command' },
];

/** One probe: how the kubelet checks the container (HTTP, TCP or a command), and how often. */
export function ProbeFieldset({ slot, probe, word }: { slot: ContainerSlot; probe: ProbeName; word: string }) {
  const { list, index } = slot;
  const path = `${list}.${index}.${probe}` as const;
  const id = `${slotId(slot)}-${probe}`;
  const { setValue, getValues } = useFormContext<WorkloadFormInput>();
  const type = useWatch<WorkloadFormInput, `${typeof path}.type`>({ name: `${path}.type` }) ?? 'none';
  const choose = (next: ProbeType) => {
    // A new probe checks the container's first port, which is what users want most of the time.
    const port = getValues(`${list}.${index}.ports`)?.[0]?.containerPort ?? 80;
    const value =
      next === 'httpGet'
        ? { type: next, path: '/', port, scheme: 'HTTP' as const }
        : next === 'tcpSocket'
          ? { type: next, port }
          : next === 'exec'
            ? { type: next, command: [] }
            : undefined;
    setValue(path, value, { shouldDirty: true, shouldValidate: true });
  };
  return (
    <fieldset className="container-group">
      <legend>{word} Probe</legend>
      <FormField id={`${id}-type`} label={`${word} check`}>
        <select
          id={`${id}-type`}
          value={type}
          onChange={(e) => choose(probeTypes.find((t) => t.value === e.target.value)?.value ?? 'none')}
        >
          {probeTypes.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </FormField>
      {type === 'httpGet' ? <HttpGetFields id={id} word={word} path={path} /> : null}
      {type === 'tcpSocket' ? (
        <FormInput id={`${id}-port`} label={`${word} port`} required numeric path={`${path}.port`} />
      ) : null}
      {type === 'exec' ? (
        <LinesField id={`${id}-command`} label={`${word} command`} path={`${path}.command`} hint="One per line" />
      ) : null}
      {type === 'none' ? null : <ProbeTimings id={id} word={word} probe={probe} path={path} />}
    </fieldset>
  );
}

function HttpGetFields({
  id,
  word,
  path,
}: {
  id: string;
  word: string;
  path: `${ContainerSlot['list']}.${number}.${ProbeName}`;
}) {
  const { register } = useFormContext<WorkloadFormInput>();
  return (
    <>
      <FormInput id={`${id}-path`} label={`${word} path`} required path={`${path}.path`} placeholder="/healthz" />
      <FormInput id={`${id}-port`} label={`${word} port`} required numeric path={`${path}.port`} />
      <FormField id={`${id}-scheme`} label={`${word} scheme`}>
        <select id={`${id}-scheme`} {...register(`${path}.scheme`)}>
          <option value="HTTP">HTTP</option>
          <option value="HTTPS">HTTPS</option>
        </select>
      </FormField>
    </>
  );
}
