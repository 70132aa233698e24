import { createContext, useContext, useEffect } from 'react';

/** What a dialog's content may ask of the Modal around it. */
export interface ModalControls {
  /** Close as × or Escape would: asks first while something holds unsaved data. */
  requestClose: () => void;
  /** Marks typed data as unsaved until the returned function is called. */
  holdUnsaved: () => () => void;
}

export const ModalContext = createContext<ModalControls | null>(null);

/** Closing through this asks before throwing away typed data; outside a Modal it does nothing. */
export function useRequestClose(): () => void {
  return useContext(ModalContext)?.requestClose ?? noop;
}

/** While `unsaved` is true, the surrounding Modal asks before Escape, Cancel, × or the overlay discard it. */
export function useUnsavedChanges(unsaved: boolean): void {
  const hold = useContext(ModalContext)?.holdUnsaved;
  useEffect(() => (unsaved && hold ? hold() : undefined), [unsaved, hold]);
}

function noop() {}
