import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

const AnnounceContext = createContext<(message: string) => void>(() => undefined);

const visibleMs = 6_000;

/** One polite live region for the whole console: "Secret test created" is heard wherever focus is. */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => setMessage(text), []);
  useEffect(() => {
    if (message === '') return;
    const timer = setTimeout(() => setMessage(''), visibleMs);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <AnnounceContext value={announce}>
      {children}
      <div role="status" aria-live="polite" className="toast">
        {message}
      </div>
    </AnnounceContext>
  );
}

export const useAnnounce = () => useContext(AnnounceContext);
