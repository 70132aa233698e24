import { useEffect, useState, type RefObject, type UIEvent } from 'react';

interface RowWindow {
  start: number;
  end: number;
  /** Height of the rows above and below the window, kept as spacers so the scrollbar is true. */
  before: number;
  after: number;
  onScroll: (event: UIEvent<HTMLElement>) => void;
}

// Before the first measurement (and in test DOMs without layout) assume a typical viewport.
const assumedHeight = 600;

/**
 * Which rows of a fixed-row-height list are in view. Fixed heights make this plain arithmetic, which is why the
 * console's dense tables use it instead of a measuring virtualizer.
 */
export function useRowWindow(
  scroller: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan = 10,
): RowWindow {
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(assumedHeight);

  useEffect(() => {
    const element = scroller.current;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setHeight(entry?.contentRect.height || assumedHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [scroller]);

  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return {
    start,
    end,
    before: start * rowHeight,
    after: (count - end) * rowHeight,
    onScroll: (event) => setScrollTop(event.currentTarget.scrollTop),
  };
}
