import { useFieldArray, useFormContext } from 'react-hook-form';
import { newContainer, type WorkloadFormInput } from './form-model';
import { ContainerFields } from '../container/container-fields';
import type { ContainerSlot } from '../container/form-paths';

export type { ContainerSlot } from '../container/form-paths';

const tabLabel = ({ list, index }: ContainerSlot) =>
  `${list === 'containers' ? 'Container' : 'Init Container'} ${index + 1}`;

/** CCE's container tabs: each container and init container a tab, with add and remove; one tab's fields show. */
export function PodContainers({
  active,
  onActiveChange,
}: {
  active: ContainerSlot;
  onActiveChange: (slot: ContainerSlot) => void;
}) {
  const { control } = useFormContext<WorkloadFormInput>();
  const containers = useFieldArray({ control, name: 'containers' });
  const initContainers = useFieldArray({ control, name: 'initContainers' });
  const slots: ContainerSlot[] = [
    ...containers.fields.map((_, index) => ({ list: 'containers' as const, index })),
    ...initContainers.fields.map((_, index) => ({ list: 'initContainers' as const, index })),
  ];
  const current = slots.find((s) => s.list === active.list && s.index === active.index) ?? {
    list: 'containers',
    index: 0,
  };
  const remove = () => {
    (current.list === 'containers' ? containers : initContainers).remove(current.index);
    onActiveChange({ list: 'containers', index: 0 });
  };
  const canRemove = current.list === 'initContainers' || containers.fields.length > 1;
  return (
    <div>
      <div className="tabs" role="tablist" aria-label="Containers">
        {slots.map((slot) => {
          const selected = slot.list === current.list && slot.index === current.index;
          return (
            <button
              key={`${slot.list}-${slot.index}`}
              type="button"
              role="tab"
              id={`tab-${slot.list}-${slot.index}`}
              aria-selected={selected}
              aria-controls="container-panel"
              className={selected ? 'tab tab-active' : 'tab'}
              onClick={() => onActiveChange(slot)}
            >
              {tabLabel(slot)}
            </button>
          );
        })}
      </div>
      <div className="actions">
        <button
          type="button"
          className="button-link"
          onClick={() => {
            containers.append(newContainer());
            onActiveChange({ list: 'containers', index: containers.fields.length });
          }}
        >
          Add Container
        </button>
        <button
          type="button"
          className="button-link"
          onClick={() => {
            initContainers.append(newContainer());
            onActiveChange({ list: 'initContainers', index: initContainers.fields.length });
          }}
        >
          Add Init Container
        </button>
        {canRemove ? (
          <button type="button" className="button-link" onClick={remove}>
            Delete {tabLabel(current)}
          </button>
        ) : null}
      </div>
      <div id="container-panel" role="tabpanel" aria-labelledby={`tab-${current.list}-${current.index}`}>
        <ContainerFields key={`${current.list}-${current.index}`} list={current.list} index={current.index} />
      </div>
    </div>
  );
}
