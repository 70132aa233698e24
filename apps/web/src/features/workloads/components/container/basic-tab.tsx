import type { WorkloadFormInput } from '@berth/contracts';
import { useFormContext } from 'react-hook-form';
import { FormField } from '../../../../shared/ui/form-field';
import { CheckImage } from './check-image';
import { FormInput } from './form-input';
import { slotId, type ContainerSlot } from './form-paths';
import { ImageHintList } from './image-hint-list';
import { SuggestionCombobox } from './suggestion-combobox';
import { useImageHints } from './use-image-hints';
import { useRegistrySuggestions } from './use-registry-suggestions';

/** Container name, image, tag and pull policy, with the credential preview and the image check for this container. */
export function BasicTab(slot: ContainerSlot) {
  const { list, index } = slot;
  const id = slotId(slot);
  const { register } = useFormContext<WorkloadFormInput>();
  const { namespace, imagePullSecrets, hints } = useImageHints(slot);
  const suggestions = useRegistrySuggestions(slot);
  return (
    <>
      <FormInput id={`${id}-name`} label="Container Name" required path={`${list}.${index}.name`} />
      <SuggestionCombobox
        id={`${id}-image`}
        label="Image Name"
        required
        path={`${list}.${index}.image`}
        placeholder="www.example.com/janedoe/awesomeapp"
        options={suggestions.repositories}
        loading={suggestions.repositoriesLoading}
        hint={
          <>
            <ImageHintList hints={hints} selectedCount={imagePullSecrets.length} />
            {suggestions.repositoriesNote ? <p className="hints">{suggestions.repositoriesNote}</p> : null}
          </>
        }
      />
      <SuggestionCombobox
        id={`${id}-tag`}
        label="Image Tag"
        path={`${list}.${index}.tag`}
        options={suggestions.tags}
        loading={suggestions.tagsLoading}
        hint={
          <>
            Empty means latest, unless the image names a tag or digest
            {suggestions.tagsNote ? <p className="hints">{suggestions.tagsNote}</p> : null}
          </>
        }
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
