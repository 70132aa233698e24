import { useRef } from 'react';

/**
 * Radix gives focus back only to a Dialog.Trigger; our dialogs open from plain buttons, links and keys, so the
 * element focused when the dialog opened is remembered and focused again when it closes (if it is still there).
 */
export function useReturnFocus() {
  const opener = useRef<HTMLElement | null>(null);
  return {
    onOpenAutoFocus: () => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    },
    onCloseAutoFocus: (event: Event) => {
      event.preventDefault();
      if (opener.current?.isConnected) opener.current.focus();
    },
  };
}
