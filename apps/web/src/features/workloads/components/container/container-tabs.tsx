import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface ContainerTab<K extends string> {
  key: K;
  label: string;
  /** The tab's fields hold an error: marked on the tab, since its panel may be hidden. */
  invalid: boolean;
  panel: ReactNode;
}

/** WAI-ARIA tabs: one tab stop, arrow keys move between tabs, every panel stays mounted so its fields keep validating. */
export function ContainerTabs<K extends string>({
  id,
  tabs,
  active,
  onSelect,
}: {
  id: string;
  tabs: ContainerTab<K>[];
  active: K;
  onSelect: (key: K) => void;
}) {
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent, from: number) => {
    const step = { ArrowRight: 1, ArrowLeft: -1, Home: -from, End: tabs.length - 1 - from }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = tabs[(from + step + tabs.length) % tabs.length];
    if (next === undefined) return;
    onSelect(next.key);
    list.current?.querySelector<HTMLElement>(`#${id}-tab-${next.key}`)?.focus();
  };
  return (
    <>
      <div role="tablist" className="tabs" ref={list}>
        {tabs.map((tab, i) => (
          <button
            key={tab.key}
            id={`${id}-tab-${tab.key}`}
            type="button"
            role="tab"
            aria-selected={tab.key === active}
            aria-controls={`${id}-panel-${tab.key}`}
            tabIndex={tab.key === active ? 0 : -1}
            className={['tab', tab.key === active ? 'tab-active' : '', tab.invalid ? 'tab-invalid' : '']
              .join(' ')
              .trim()}
            onClick={() => onSelect(tab.key)}
            onKeyDown={(e) => move(e, i)}
          >
            {tab.invalid ? `${tab.label} (has errors)` : tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.key}
          id={`${id}-panel-${tab.key}`}
          role="tabpanel"
          aria-labelledby={`${id}-tab-${tab.key}`}
          hidden={tab.key !== active}
        >
          {tab.panel}
        </div>
      ))}
    </>
  );
}
