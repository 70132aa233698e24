import type { ReactNode } from 'react';
import { Modal } from './modal';
import { ModalFooter } from './modal-footer';

interface ConfirmDeleteDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string | undefined;
  /** What the user should know before deleting (who still uses it), above the button. */
  children?: ReactNode;
  pending: boolean;
  error?: string | undefined;
  onDelete: () => void;
}

/** The one "Delete X?" dialog: a danger button, disabled while the delete runs, and the failure under it. */
export function ConfirmDeleteDialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  pending,
  error,
  onDelete,
}: ConfirmDeleteDialogProps) {
  return (
    <Modal open={open} onOpenChange={onOpenChange} title={title} description={description}>
      {children}
      <ModalFooter error={error}>
        <button type="button" className="button button-danger" disabled={pending} onClick={onDelete}>
          Delete
        </button>
      </ModalFooter>
    </Modal>
  );
}
