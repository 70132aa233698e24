import type { ReactNode } from 'react';

interface ModalFooterProps {
  /** Why the last attempt failed, announced and shown above the buttons. */
  error?: string | undefined;
  onCancel: () => void;
  /** The dialog's confirming button (OK, Save, Delete). */
  children: ReactNode;
}

/** The end of every dialog: the failure that concerns the whole form, then Cancel and the confirming button. */
export function ModalFooter({ error, onCancel, children }: ModalFooterProps) {
  return (
    <>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <div className="modal-footer">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        {children}
      </div>
    </>
  );
}
