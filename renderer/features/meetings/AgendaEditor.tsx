/**
 * The agenda: numbered items with kind, presenter, time, notes (as the kallelse shows them) and focus areas, reordered with buttons, Alt+arrow keys or
 * by dragging, removed with an undo. Every change is saved at once; the editor keeps its own copy, so
 * quick changes never overwrite each other.
 */
import { useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import type { AgendaItem } from '../../../electron/shared/meetings/meeting';
import type { Member } from '../../../electron/shared/register/member';
import { useMemberNames } from '../../components/memberNames';
import { AgendaItemForm, emptyAgendaItem } from './AgendaItemForm';
import { AgendaNotes } from './AgendaNotes';
import { FocusAreaChips } from '../actionPlans/FocusAreaChips';
import { useActionPlans } from '../actionPlans/useActionPlans';

const t = sv.meetings.ui;

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(Math.max(0, Math.min(next.length, to)), 0, item);
  return next;
}

interface AgendaEditorProps {
  agenda: readonly AgendaItem[];
  members: readonly Member[];
  /** The meeting's year, whose action plans' focus areas are offered first. */
  year: number;
  onChange: (agenda: AgendaItem[]) => void;
}

export function AgendaEditor({ agenda: initial, members, year, onChange }: AgendaEditorProps) {
  const plans = useActionPlans();
  const [agenda, setAgenda] = useState<AgendaItem[]>(() => [...initial]);
  const commit = (next: AgendaItem[]) => {
    setAgenda(next);
    onChange(next);
  };
  const [editing, setEditing] = useState<AgendaItem | null>(null);
  const [removed, setRemoved] = useState<{ item: AgendaItem; index: number } | null>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLOListElement>(null);
  /** Where the focus goes after the next render, when the control that had it is gone or disabled. */
  const focusAfterRender = useRef<(() => HTMLElement | null | undefined) | null>(null);
  // A layout effect: the focus moves in the same task as the DOM change, before anything else can run
  // between (a disabled arrow would otherwise leave the focus on <body> for that moment).
  useLayoutEffect(() => {
    const target = focusAfterRender.current;
    focusAfterRender.current = null;
    target?.()?.focus();
  });
  const control = (itemId: string, name: 'up' | 'down' | 'edit') => () =>
    list.current?.querySelector<HTMLButtonElement>(`[data-item-id="${itemId}"] [data-control="${name}"]`);
  /** The button that opened the item form: the focus goes back to it (or to "Lägg till punkt") when the form closes. */
  const opener = useRef<HTMLElement | null>(null);
  const openForm = (item: AgendaItem, from: HTMLElement) => {
    opener.current = from;
    setEditing(item);
  };
  const closeForm = () => {
    focusAfterRender.current = () => (opener.current?.isConnected ? opener.current : addButton.current);
    setEditing(null);
  };
  const names = useMemberNames(members);
  const presenter = (item: AgendaItem) => names.label(item.presenterMemberId) || item.presenterText;

  const move = (index: number, to: number) => {
    if (to < 0 || to >= agenda.length) return;
    commit(moved(agenda, index, to));
  };
  /** ↑ and ↓: at the top or the bottom the pressed arrow is disabled, so the focus moves to the other one. */
  const moveByButton = (index: number, to: number, itemId: string) => {
    if (to === 0) focusAfterRender.current = control(itemId, 'down');
    if (to === agenda.length - 1) focusAfterRender.current = control(itemId, 'up');
    move(index, to);
  };
  const remove = (index: number) => {
    const item = agenda[index];
    if (!item) return;
    focusAfterRender.current = () => undoButton.current;
    setRemoved({ item, index });
    commit(agenda.filter((_, i) => i !== index));
  };
  const undo = () => {
    if (!removed) return;
    const next = [...agenda];
    next.splice(removed.index, 0, removed.item);
    focusAfterRender.current = control(removed.item.id, 'edit');
    setRemoved(null);
    commit(next);
  };
  const saveItem = (item: AgendaItem) => {
    const exists = agenda.some((i) => i.id === item.id);
    commit(exists ? agenda.map((i) => (i.id === item.id ? item : i)) : [...agenda, item]);
    closeForm();
  };
  const keyboardMove = (event: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(index, index + (event.key === 'ArrowUp' ? -1 : 1));
  };
  const drop = (event: DragEvent<HTMLLIElement>, index: number) => {
    event.preventDefault();
    if (dragFrom !== null) move(dragFrom, index);
    setDragFrom(null);
  };

  return (
    <section aria-labelledby="agenda-heading" className="card">
      <h2 id="agenda-heading">{t.agendaHeading}</h2>
      <p className="field-help">{t.agendaHelp}</p>
      {removed && (
        <p role="status" className="notice">
          {t.itemRemoved(removed.item.title)}{' '}
          <button ref={undoButton} type="button" className="button button--small" onClick={undo}>{t.undo}</button>
        </p>
      )}
      {agenda.length === 0 ? (
        <p>{t.agendaEmpty}</p>
      ) : (
        <ol ref={list} className="agenda" aria-label={t.agendaHeading}>
          {agenda.map((item, index) => (
            <li
              key={item.id}
              data-item-id={item.id}
              draggable
              onDragStart={() => setDragFrom(index)}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => drop(event, index)}
              onKeyDown={(event) => keyboardMove(event, index)}
              className="agenda-item"
            >
              <div className="agenda-item-text">
                <strong>{item.title}</strong>
                <span className="agenda-item-meta">
                  {[sv.meetings.agendaKinds[item.kind], presenter(item), t.minutesShort(item.plannedMinutes)].filter(Boolean).join(' · ')}
                </span>
                <FocusAreaChips plans={plans} ids={item.focusAreaIds} />
                <AgendaNotes notes={item.notes} label={sv.carryOver.notesOf(item.title)} />
              </div>
              <div className="agenda-item-actions">
                <button type="button" className="button button--small" aria-label={t.moveUp(item.title)} data-control="up" disabled={index === 0} onClick={() => moveByButton(index, index - 1, item.id)}>↑</button>
                <button type="button" className="button button--small" aria-label={t.moveDown(item.title)} data-control="down" disabled={index === agenda.length - 1} onClick={() => moveByButton(index, index + 1, item.id)}>↓</button>
                <button type="button" className="button button--small" aria-label={t.editItem(item.title)} data-control="edit" onClick={(event) => openForm(item, event.currentTarget)}>{t.edit}</button>
                <button type="button" className="button button--small button--danger" aria-label={t.removeItem(item.title)} onClick={() => remove(index)}>✕</button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {editing ? (
        <AgendaItemForm key={editing.id} item={editing} members={members} plans={plans} year={year} onSave={saveItem} onCancel={closeForm} />
      ) : (
        <button ref={addButton} type="button" className="button" onClick={(event) => openForm(emptyAgendaItem(), event.currentTarget)}>{t.addItem}</button>
      )}
    </section>
  );
}
