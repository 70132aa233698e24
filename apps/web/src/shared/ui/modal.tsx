import * as Dialog from '@radix-ui/react-dialog';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { DiscardChangesDialog } from './discard-changes-dialog';
import { ModalContext } from './modal-context';
import { useReturnFocus } from './return-focus';

interface ModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  wide?: boolean;
  children: ReactNode;
}

/**
 * A Radix dialog in the console's look: it traps focus, closes on Escape, the overlay, × or Cancel, asks first when
 * something inside holds typed data (`useUnsavedChanges`), and gives focus back to whatever opened it.
 */
export function Modal({ open, onOpenChange, title, description, wide, children }: ModalProps) {
  const returnFocus = useReturnFocus();
  const unsaved = useRef(0);
  const [confirming, setConfirming] = useState(false);
  const holdUnsaved = useCallback(() => {
    unsaved.current += 1;
    return () => {
      unsaved.current -= 1;
    };
  }, []);
  const requestClose = () => (unsaved.current > 0 ? setConfirming(true) : onOpenChange(false));
  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next ? onOpenChange(true) : requestClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className="modal-overlay" />
        <Dialog.Content
          className={wide ? 'modal modal-wide' : 'modal'}
          {...(description ? {} : { 'aria-describedby': undefined })}
          {...returnFocus}
        >
          <div className="modal-header">
            <Dialog.Title className="modal-title">{title}</Dialog.Title>
            <button type="button" className="icon-button" aria-label="Close" onClick={requestClose}>
              ×
            </button>
          </div>
          {description ? <Dialog.Description className="modal-description">{description}</Dialog.Description> : null}
          <ModalContext value={{ requestClose, holdUnsaved }}>{children}</ModalContext>
          <DiscardChangesDialog
            open={confirming}
            onKeepEditing={() => setConfirming(false)}
            onDiscard={() => {
              setConfirming(false);
              onOpenChange(false);
            }}
          />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
