import type { WorkloadFormInput } from '@berth/contracts';
import { useFormContext } from 'react-hook-form';
import { FormField } from '../../../../shared/ui/form-field';
import { CheckImage } from './check-image';
import { FormInput } from './form-input';
import { slotId, type ContainerSlot } from './form-paths';
import { ImageHintList } from './image-hint-list';
import { useImageHints } from './use-image-hints';

/** Container name, image, tag and pull policy, with the credential preview and the image check for this container. */
export function BasicTab(slot: ContainerSlot) {
  const { list, index } = slot;
  const id = slotId(slot);
  const { register } = useFormContext<WorkloadFormInput>();
  const { namespace, imagePullSecrets, hints } = useImageHints(slot);
  return (
    <>
      <FormInput id={`${id}-name`} label="Container Name" required path={`${list}.${index}.name`} />
      <FormInput
        id={`${id}-image`}
        label="Image Name"
        required
        path={`${list}.${index}.image`}
        placeholder="www.example.com/janedoe/awesomeapp"
        hint={<ImageHintList hints={hints} selectedCount={imagePullSecrets.length} />}
      />
      <FormInput
        id={`${id}-tag`}
        label="Image Tag"
        path={`${list}.${index}.tag`}
        hint="Empty means latest, unless the image names a tag or digest"
      />
      <FormField id={`${id}-pull-policy`} label="Pull Policy">
        <select id={`${id}-pull-policy`} {...register(`${list}.${index}.imagePullPolicy`)}>
          <option value="Always">Always</option>
          <option value="IfNotPresent">IfNotPresent</option>
          <option value="Never">Never</option>
        </select>
      </FormField>
      <CheckImage namespace={namespace} image={hints?.written} imagePullSecrets={imagePullSecrets} />
    </>
  );
}
