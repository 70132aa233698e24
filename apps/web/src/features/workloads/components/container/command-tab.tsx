import { slotId, type ContainerSlot } from './form-paths';
import { LinesField } from './lines-field';

/** What the container runs: the command replaces the image's entrypoint, the arguments its default arguments. */
export function CommandTab(slot: ContainerSlot) {
  const { list, index } = slot;
  const id = slotId(slot);
  return (
    <>
      <LinesField
        id={`${id}-command`}
        label="Command"
        path={`${list}.${index}.command`}
        hint="One per line, e.g. /bin/sh on the first and -c on the second; empty keeps the image's entrypoint"
      />
      <LinesField
        id={`${id}-args`}
        label="Arguments"
        path={`${list}.${index}.args`}
        hint="One per line; empty keeps the image's default arguments"
      />
    </>
  );
}
