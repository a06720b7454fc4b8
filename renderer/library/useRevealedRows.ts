// A library of thousands of articles shows its first rows at once and the rest as the list
// is scrolled towards them: drawing every row up front made the library take seconds to
// appear and each filter keystroke redraw thousands of rows.
import { useCallback, useEffect, useRef, useState } from 'react';

export const ROWS_PER_STEP = 60;

/** The items to draw now, and a ref for an element at the list's end that draws more when seen. */
export function useRevealedRows<T>(items: readonly T[]): { rows: readonly T[]; moreRef: (node: Element | null) => void } {
  const [count, setCount] = useState(ROWS_PER_STEP);
  // A new filter or a new listing starts again from the top.
  useEffect(() => setCount(ROWS_PER_STEP), [items]);
  const observer = useRef<IntersectionObserver | null>(null);
  const moreRef = useCallback((node: Element | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!node || typeof IntersectionObserver === 'undefined') return;
    observer.current = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setCount((n) => n + ROWS_PER_STEP);
      },
      { rootMargin: '800px 0px' },
    );
    observer.current.observe(node);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  return { rows: items.length > count ? items.slice(0, count) : items, moreRef };
}
