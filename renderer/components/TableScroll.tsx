/**
 * The container of a data table that may be wider than the window (at 200 % zoom, or in a narrow
 * window): the table scrolls sideways inside it, and the page itself never does (WCAG 1.4.10). While
 * the table is wider than its container, the container is a named region in the tab order, so a
 * keyboard user can reach it and scroll with the arrow keys; otherwise it is no extra stop.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [wider, setWider] = useState(false);
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    const measure = () => setWider(container.scrollWidth > container.clientWidth);
    // The container changes with the window, the table with its rows.
    const observer = new ResizeObserver(measure);
    observer.observe(container);
    for (const child of container.children) observer.observe(child);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="table-scroll" {...(wider ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}>
      {children}
    </div>
  );
}
