/**
 * Decisions (beslut) and action items (åtgärd: vad, ansvarig, klart senast, status) of fullständiga
 * anteckningar, each attached to a section; new ones go to the section the cursor is in, tagged with the
 * focus areas ticked beside them (shown as chips in the lists). "Ändra fokusområden" on one already in
 * the list opens the same checkboxes under it, so it can be tagged again; each tick is saved as the
 * minutes' other edits are.
 */
import { useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import { actionStatuses, type ActionItem, type Decision } from '../../../electron/shared/minutes/minutes';
import type { Member } from '../../../electron/shared/register/member';
import { useMemberNames } from '../../components/memberNames';
import { SelectField, TextField } from '../../components/FormField';
import { TableScroll } from '../../components/TableScroll';
import type { ActionPlan } from '../../../electron/shared/actionPlans/actionPlan';
import { FocusAreaPicker } from '../actionPlans/FocusAreaPicker';
import { FocusAreaChips } from '../actionPlans/FocusAreaChips';

const t = sv.minutes.ui;
const tags = sv.actionPlans.tags;

/** A decision's or action item's focus areas, changed in place: a toggle button and the checkboxes it shows. */
function RetagFocusAreas({ item, legend, plans, year, selected, onChange }: {
  item: string; legend: string; plans: readonly ActionPlan[]; year: number; selected: readonly string[]; onChange: (ids: string[]) => void;
}) {
  const [open, setOpen] = useState(false);
  if (plans.length === 0) return null;
  return (
    <>
      <button type="button" className="link-button" aria-expanded={open} aria-label={tags.editOf(item)} onClick={() => setOpen(!open)}>{tags.edit}</button>
      {open && <FocusAreaPicker plans={plans} year={year} selected={selected} onChange={onChange} legend={legend} />}
    </>
  );
}

interface Props {
  sections: ReadonlyArray<{ sectionId: string; title: string }>;
  currentSectionId: string | null;
  decisions: Decision[];
  actions: ActionItem[];
  members: readonly Member[];
  /** The action plans whose focus areas decisions and actions can be tagged with, and the meeting's year. */
  plans: readonly ActionPlan[];
  year: number;
  editable: boolean;
  onChange: (decisions: Decision[], actions: ActionItem[]) => void;
}

export function DecisionsAndActions({ sections, currentSectionId, decisions, actions, members, plans, year, editable, onChange }: Props) {
  const [decisionText, setDecisionText] = useState('');
  const [decisionAreas, setDecisionAreas] = useState<string[]>([]);
  const [actionAreas, setActionAreas] = useState<string[]>([]);
  const [what, setWhat] = useState('');
  const [memberId, setMemberId] = useState('');
  const [responsibleText, setResponsibleText] = useState('');
  const [due, setDue] = useState('');
  const sectionId = currentSectionId ?? sections[0]?.sectionId ?? null;
  const sectionTitle = (id: string) => sections.find((s) => s.sectionId === id)?.title ?? '';
  const memberName = useMemberNames(members).label;

  const addDecision = () => {
    if (!sectionId || !decisionText.trim()) return;
    onChange([...decisions, { id: crypto.randomUUID(), sectionId, text: decisionText.trim(), focusAreaIds: decisionAreas }], actions);
    setDecisionText('');
    setDecisionAreas([]);
  };
  const addAction = () => {
    if (!sectionId || !what.trim()) return;
    const action: ActionItem = { id: crypto.randomUUID(), sectionId, what: what.trim(), responsibleMemberId: memberId || null, responsibleText: responsibleText.trim(), due, status: 'open', focusAreaIds: actionAreas };
    onChange(decisions, [...actions, action]);
    setWhat('');
    setMemberId('');
    setResponsibleText('');
    setDue('');
    setActionAreas([]);
  };
  const updateAction = (id: string, change: Partial<ActionItem>) => onChange(decisions, actions.map((a) => (a.id === id ? { ...a, ...change } : a)));
  const updateDecision = (id: string, change: Partial<Decision>) => onChange(decisions.map((d) => (d.id === id ? { ...d, ...change } : d)), actions);

  return (
    <section className="card" aria-labelledby="decisions-actions">
      <h2 id="decisions-actions">{t.decisionsAndActions}</h2>
      {sections.length === 0 ? <p>{t.noSections}</p> : editable && (
        <>
          <p>{t.currentSection}: <strong>{sectionId ? sectionTitle(sectionId) : ''}</strong></p>
          <div className="form form--inline">
            <TextField label={t.decision} value={decisionText} onChange={setDecisionText} />
            <FocusAreaPicker plans={plans} year={year} selected={decisionAreas} onChange={setDecisionAreas} legend={tags.ofDecision} />
            <button type="button" className="button" onClick={addDecision}>{t.addDecision}</button>
          </div>
          <div className="form form--inline">
            <TextField label={t.action} value={what} onChange={setWhat} />
            <SelectField label={t.responsibleMember} value={memberId} onChange={setMemberId}
              options={[{ value: '', label: t.noOne }, ...members.map((m) => ({ value: m.id, label: m.name }))]} />
            <TextField label={t.responsibleText} value={responsibleText} onChange={setResponsibleText} />
            <TextField type="date" label={t.due} value={due} onChange={setDue} />
            <FocusAreaPicker plans={plans} year={year} selected={actionAreas} onChange={setActionAreas} legend={tags.ofAction} />
            <button type="button" className="button" onClick={addAction}>{t.addAction}</button>
          </div>
        </>
      )}
      <h3>{t.decisionsHeading}</h3>
      <ul aria-label={t.decisionsHeading}>
        {decisions.map((d) => (
          <li key={d.id}>
            <span className="muted">{sectionTitle(d.sectionId)}: </span>{d.text}{' '}
            <FocusAreaChips plans={plans} ids={d.focusAreaIds} />
            {editable && <RetagFocusAreas item={d.text} legend={tags.ofThisDecision(d.text)} plans={plans} year={year} selected={d.focusAreaIds} onChange={(ids) => updateDecision(d.id, { focusAreaIds: ids })} />}
            {editable && <button type="button" className="link-button" onClick={() => onChange(decisions.filter((x) => x.id !== d.id), actions)}>{t.remove}</button>}
          </li>
        ))}
      </ul>
      <h3>{t.actionsHeading}</h3>
      <TableScroll label={t.actionsHeading}>
        <table aria-label={t.actionsHeading} className="table">
          <thead><tr><th>{t.section}</th><th>{t.action}</th><th>{t.responsible}</th><th>{t.due}</th><th>{t.status}</th><th /></tr></thead>
          <tbody>
            {actions.map((a) => (
              <tr key={a.id}>
                <td className="wrap-anywhere">{sectionTitle(a.sectionId)}</td>
                <td className="wrap-anywhere">
                  {a.what}<FocusAreaChips plans={plans} ids={a.focusAreaIds} />
                  {editable && <RetagFocusAreas item={a.what} legend={tags.ofThisAction(a.what)} plans={plans} year={year} selected={a.focusAreaIds} onChange={(ids) => updateAction(a.id, { focusAreaIds: ids })} />}
                </td>
                <td className="wrap-anywhere">{[memberName(a.responsibleMemberId), a.responsibleText].filter(Boolean).join(', ')}</td>
                <td>{a.due}</td>
                <td>
                  <select aria-label={`${t.status}: ${a.what}`} value={a.status} disabled={!editable} onChange={(e) => updateAction(a.id, { status: e.target.value as ActionItem['status'] })}>
                    {actionStatuses.map((s) => <option key={s} value={s}>{sv.minutes.actionStatuses[s]}</option>)}
                  </select>
                </td>
                <td>{editable && <button type="button" className="link-button" onClick={() => onChange(decisions, actions.filter((x) => x.id !== a.id))}>{t.remove}</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
