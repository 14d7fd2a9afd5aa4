/**
 * A toolbar as the ARIA pattern has it: one Tab stop (the button used last, at first the first one),
 * ← and → move between the enabled buttons (wrapping), Home and End go to the first and the last.
 * The buttons are ordinary children; the toolbar sets their tabindex after each render.
 */
import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';

export function Toolbar({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const bar = useRef<HTMLDivElement>(null);
  const current = useRef<HTMLButtonElement | null>(null);
  const enabledButtons = () => [...(bar.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];

  useLayoutEffect(() => {
    const buttons = enabledButtons();
    const stop = current.current && buttons.includes(current.current) ? current.current : buttons[0];
    for (const button of bar.current?.querySelectorAll('button') ?? []) button.tabIndex = button === stop ? 0 : -1;
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = enabledButtons();
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = buttons[(next + buttons.length) % buttons.length];
    target?.focus();
  };
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    if (!(event.target instanceof HTMLButtonElement)) return;
    current.current = event.target;
    for (const button of bar.current?.querySelectorAll('button') ?? []) button.tabIndex = button === event.target ? 0 : -1;
  };

  return (
    <div ref={bar} role="toolbar" aria-label={label} className={className} onKeyDown={onKeyDown} onFocus={onFocus}>
      {children}
    </div>
  );
}
