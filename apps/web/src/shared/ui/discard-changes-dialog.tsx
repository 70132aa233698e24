import * as Dialog from '@radix-ui/react-dialog';
import { useReturnFocus } from './return-focus';

interface DiscardChangesDialogProps {
  open: boolean;
  onKeepEditing: () => void;
  onDiscard: () => void;
}

/** Asked before a dialog with typed data closes; Escape here means "keep editing", never "discard". */
export function DiscardChangesDialog({ open, onKeepEditing, onDiscard }: DiscardChangesDialogProps) {
  const returnFocus = useReturnFocus();
  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next ? undefined : onKeepEditing())}>
      <Dialog.Portal>
        <Dialog.Overlay className="modal-overlay" />
        <Dialog.Content role="alertdialog" className="modal modal-confirm" {...returnFocus}>
          <Dialog.Title className="modal-title">Discard what you typed?</Dialog.Title>
          <Dialog.Description className="modal-description">
            The dialog closes and what you entered is lost.
          </Dialog.Description>
          <div className="modal-actions">
            <button type="button" className="button" onClick={onKeepEditing}>
              Keep editing
            </button>
            <button type="button" className="button button-danger" onClick={onDiscard}>
              Discard
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
