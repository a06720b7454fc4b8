// A long list of findings (thousands on a long, unusual text) draws its first rows at once
// and more as its own scroll box nears the end: drawing every row made the panel hold tens of
// megabytes and every keystroke lay out thousands of rows nobody sees. Unlike the library's
// list, typing (which moves every finding) keeps what has been revealed.
import { useCallback, useEffect, useRef, useState } from 'react';

export const FINDINGS_PER_STEP = 100;

/**
 * How many rows to draw (`step` at first, `step` more each time), and a ref for an element
 * after the last drawn row: when it comes within reach of `scrollBox` (the list's scroll
 * container), more are drawn.
 */
export function useRevealedCount(
  scrollBox: React.RefObject<Element | null>,
  step = FINDINGS_PER_STEP,
): { count: number; moreRef: (node: Element | null) => void } {
  const [count, setCount] = useState(step);
  const observer = useRef<IntersectionObserver | null>(null);
  const moreRef = useCallback(
    (node: Element | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!node || typeof IntersectionObserver === 'undefined') return;
      observer.current = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) setCount((n) => n + step);
        },
        { root: scrollBox.current, rootMargin: '600px 0px' },
      );
      observer.current.observe(node);
    },
    [scrollBox, step],
  );
  useEffect(() => () => observer.current?.disconnect(), []);
  return { count, moreRef };
}
