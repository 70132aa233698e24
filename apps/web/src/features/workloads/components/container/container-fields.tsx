import './container-fields.css';
import type { WorkloadFormInput } from '@berth/contracts';
import { useState, type ReactNode } from 'react';
import { get, useFormState, useWatch, type FieldErrors } from 'react-hook-form';
import { BasicTab } from './basic-tab';
import { CommandTab } from './command-tab';
import { ContainerTabs } from './container-tabs';
import { EnvTab } from './env-tab';
import { slotId, type ContainerSlot } from './form-paths';
import { PortsTab } from './ports-tab';
import { ProbesTab } from './probes-tab';
import { QuotaTab } from './quota-tab';

// Which of a container's fields each tab holds, so a tab can say it has errors while its panel is hidden.
const tabFields = {
  basic: ['name', 'image', 'tag', 'imagePullPolicy'],
  quota: ['resources'],
  env: ['env'],
  command: ['command', 'args'],
  ports: ['ports'],
  probes: ['livenessProbe', 'readinessProbe', 'startupProbe'],
} as const;
type TabKey = keyof typeof tabFields;

/** One container's settings in CCE's tabs; init containers have no Health Check tab (Kubernetes refuses their probes). */
export function ContainerFields(slot: ContainerSlot) {
  const { list, index } = slot;
  const id = slotId(slot);
  const { errors, submitCount } = useFormState<WorkloadFormInput>({ name: `${list}.${index}` });
  const name = useWatch<WorkloadFormInput, `${typeof list}.${number}.name`>({ name: `${list}.${index}.name` });
  const [active, setActive] = useState<TabKey>('basic');
  const [seenSubmit, setSeenSubmit] = useState(submitCount);

  const invalid = (key: TabKey) =>
    tabFields[key].some((field) => get(errors, `${list}.${index}.${field}`) !== undefined);
  const panels: { key: TabKey; label: string; panel: ReactNode }[] = [
    { key: 'basic', label: 'Basic Info', panel: <BasicTab {...slot} /> },
    { key: 'quota', label: 'CPU and Memory', panel: <QuotaTab {...slot} /> },
    { key: 'env', label: 'Environment Variables', panel: <EnvTab {...slot} /> },
    { key: 'command', label: 'Command and Arguments', panel: <CommandTab {...slot} /> },
    { key: 'ports', label: 'Container Ports', panel: <PortsTab {...slot} /> },
    ...(list === 'containers'
      ? [{ key: 'probes' as const, label: 'Health Check', panel: <ProbesTab {...slot} /> }]
      : []),
  ];
  const tabs = panels.map((tab) => ({ ...tab, invalid: invalid(tab.key) }));

  // After a failed submit, open the first tab holding an error unless the open one does; typing never moves the user.
  if (submitCount !== seenSubmit) {
    setSeenSubmit(submitCount);
    const first = tabs.find((tab) => tab.invalid);
    if (first && !invalid(active)) setActive(first.key);
  }

  const title = `${list === 'containers' ? 'Container' : 'Init Container'} ${index + 1}${name ? `: ${name}` : ''}`;
  // An init container has no probe fields to hold the error, e.g. for a probe that came in with YAML.
  const probeErrors = list === 'initContainers' ? fieldMessages(errors, `${list}.${index}`, tabFields.probes) : [];
  return (
    <fieldset className="container-fields">
      <legend>{title}</legend>
      {probeErrors.map(({ field, message }) => (
        <p key={field} role="alert" className="field-error">
          {field}: {message}
        </p>
      ))}
      <ContainerTabs id={id} tabs={tabs} active={active} onSelect={setActive} />
    </fieldset>
  );
}

/** The messages of the named fields under `base` that have an error. */
function fieldMessages(errors: FieldErrors<WorkloadFormInput>, base: string, fields: readonly string[]) {
  return fields.flatMap((field) => {
    const error: unknown = get(errors, `${base}.${field}`);
    return typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
      ? [{ field, message: error.message }]
      : [];
  });
}
