// What react-hook-form holds while the user edits: the schema's input, before defaults and transforms.
export type { WorkloadFormInput } from '@berth/contracts';

/** The pod's two lists of containers; init containers run first, in order, and take no probes. */
export type ContainerList = 'containers' | 'initContainers';

/** Where one container's fields live, both as a form path and as an id prefix unique on the page. */
export interface ContainerSlot {
  list: ContainerList;
  index: number;
}

/** An id prefix for one container's controls: ids stay unique however many containers the page shows. */
export const slotId = ({ list, index }: ContainerSlot) =>
  `${list === 'containers' ? 'container' : 'init-container'}-${index}`;
