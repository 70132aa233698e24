import type { Editing } from './pull-help';

/** Edit image and Edit credentials, for the kinds whose pod template the console may change. */
export function EditButtons({
  firstContainer,
  firstImage,
  disabled,
  onEdit,
}: {
  firstContainer: string;
  firstImage: string;
  disabled: boolean;
  onEdit: (editing: Editing) => void;
}) {
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={disabled}
        onClick={() => onEdit({ kind: 'image', container: firstContainer, image: firstImage })}
      >
        Edit image
      </button>
      <button type="button" className="button" disabled={disabled} onClick={() => onEdit({ kind: 'credentials' })}>
        Edit credentials
      </button>
    </>
  );
}
