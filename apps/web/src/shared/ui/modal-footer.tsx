import type { ReactNode } from 'react';
import { useRequestClose } from './modal-context';

interface ModalFooterProps {
  /** Why the last attempt failed, announced and shown above the buttons. */
  error?: string | undefined;
  /** The dialog's confirming button (OK, Save, Delete). */
  children: ReactNode;
}

/**
 * The end of every dialog, kept in view while the rest scrolls: the failure that concerns the whole form, then
 * Cancel (which asks before discarding typed data, as Escape does) and the confirming button.
 */
export function ModalFooter({ error, children }: ModalFooterProps) {
  const requestClose = useRequestClose();
  return (
    <div className="modal-footer">
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <div className="modal-actions">
        <button type="button" className="button" onClick={requestClose}>
          Cancel
        </button>
        {children}
      </div>
    </div>
  );
}
