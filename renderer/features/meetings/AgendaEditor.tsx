/**
 * The agenda: numbered items with kind, presenter and time, reordered with buttons, Alt+arrow keys or
 * by dragging, removed with an undo. Every change is saved at once; the editor keeps its own copy, so
 * quick changes never overwrite each other.
 */
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import type { AgendaItem } from '../../../electron/shared/meetings/meeting';
import type { Member } from '../../../electron/shared/register/member';
import { AgendaItemForm, emptyAgendaItem } from './AgendaItemForm';

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
  onChange: (agenda: AgendaItem[]) => void;
}

export function AgendaEditor({ agenda: initial, members, onChange }: AgendaEditorProps) {
  const [agenda, setAgenda] = useState<AgendaItem[]>(() => [...initial]);
  const commit = (next: AgendaItem[]) => {
    setAgenda(next);
    onChange(next);
  };
  const [editing, setEditing] = useState<AgendaItem | null>(null);
  const [removed, setRemoved] = useState<{ item: AgendaItem; index: number } | null>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const presenter = (item: AgendaItem) => members.find((m) => m.id === item.presenterMemberId)?.name ?? item.presenterText;

  const move = (index: number, to: number) => {
    if (to < 0 || to >= agenda.length) return;
    commit(moved(agenda, index, to));
  };
  const remove = (index: number) => {
    const item = agenda[index];
    if (!item) return;
    setRemoved({ item, index });
    commit(agenda.filter((_, i) => i !== index));
  };
  const undo = () => {
    if (!removed) return;
    const next = [...agenda];
    next.splice(removed.index, 0, removed.item);
    setRemoved(null);
    commit(next);
  };
  const saveItem = (item: AgendaItem) => {
    const exists = agenda.some((i) => i.id === item.id);
    commit(exists ? agenda.map((i) => (i.id === item.id ? item : i)) : [...agenda, item]);
    setEditing(null);
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
          <button type="button" className="button button--small" onClick={undo}>{t.undo}</button>
        </p>
      )}
      {agenda.length === 0 ? (
        <p>{t.agendaEmpty}</p>
      ) : (
        <ol className="agenda" aria-label={t.agendaHeading}>
          {agenda.map((item, index) => (
            <li
              key={item.id}
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
              </div>
              <div className="agenda-item-actions">
                <button type="button" className="button button--small" aria-label={t.moveUp(item.title)} disabled={index === 0} onClick={() => move(index, index - 1)}>↑</button>
                <button type="button" className="button button--small" aria-label={t.moveDown(item.title)} disabled={index === agenda.length - 1} onClick={() => move(index, index + 1)}>↓</button>
                <button type="button" className="button button--small" aria-label={t.editItem(item.title)} onClick={() => setEditing(item)}>{t.edit}</button>
                <button type="button" className="button button--small button--danger" aria-label={t.removeItem(item.title)} onClick={() => remove(index)}>✕</button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {editing ? (
        <AgendaItemForm key={editing.id} item={editing} members={members} onSave={saveItem} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" className="button" onClick={() => setEditing(emptyAgendaItem())}>{t.addItem}</button>
      )}
    </section>
  );
}
