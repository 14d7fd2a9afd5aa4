// Adding or changing one agenda item: title, kind, presenter (a member or another name), time, notes, focus areas. An
// error for a field without its own place on screen is shown in the form's alert.
import { sv } from '../../../electron/shared/i18n/sv';
import { agendaItemKinds, agendaItemSchema, type AgendaItem } from '../../../electron/shared/meetings/meeting';
import type { Member } from '../../../electron/shared/register/member';
import { ErrorMessage } from '../../components/ErrorMessage';
import { CheckboxField, SelectField, TextField } from '../../components/FormField';
import { useSchemaForm } from '../../components/useSchemaForm';
import { memberOptions, useMemberNames } from '../../components/memberNames';
import type { ActionPlan } from '../../../electron/shared/actionPlans/actionPlan';
import { FocusAreaPicker } from '../actionPlans/FocusAreaPicker';

const t = sv.meetings.ui;
const OTHER = 'other';

export function emptyAgendaItem(): AgendaItem {
  return { id: crypto.randomUUID(), title: '', kind: 'information', presenterMemberId: null, presenterText: '', plannedMinutes: 15, notes: '', standing: false, focusAreaIds: [] };
}

/** The fields that show their own error, for these values. */
function fieldsOnScreen(v: Partial<AgendaItem>): string[] {
  return ['title', 'plannedMinutes', 'notes', ...(v.presenterMemberId ? [] : ['presenterText'])];
}

interface Props {
  item: AgendaItem;
  members: readonly Member[];
  /** The action plans whose focus areas the item can be tagged with, and the meeting's year. */
  plans: readonly ActionPlan[];
  year: number;
  onSave: (item: AgendaItem) => void;
  onCancel: () => void;
}

export function AgendaItemForm({ item, members, plans, year, onSave, onCancel }: Props) {
  const form = useSchemaForm(agendaItemSchema, item, { formName: sv.shutdown.formNames.agendaItem, fieldsOnScreen });
  const v = form.values;
  const names = useMemberNames(members);
  const submit = () => {
    const parsed = form.validate();
    if (parsed) onSave(parsed);
  };
  return (
    <form className="form agenda-item-form" noValidate onSubmit={(event) => { event.preventDefault(); submit(); }}>
      <ErrorMessage message={form.formError} />
      <TextField autoFocus label={t.itemTitle} value={v.title ?? ''} error={form.errors.title} onChange={(x) => form.set('title', x)} />
      <div className="field-pair">
        <SelectField label={t.itemKind} value={v.kind ?? 'information'} options={agendaItemKinds.map((k) => ({ value: k, label: sv.meetings.agendaKinds[k] }))} onChange={(x) => form.set('kind', x)} />
        <TextField type="number" label={t.plannedMinutes} value={String(v.plannedMinutes ?? 0)} error={form.errors.plannedMinutes} onChange={(x) => form.set('plannedMinutes', Number(x))} />
      </div>
      <SelectField label={t.presenter} value={v.presenterMemberId ?? OTHER}
        options={[...memberOptions(members, names, [item.presenterMemberId]), { value: OTHER, label: t.presenterGuest }]}
        onChange={(x) => form.set('presenterMemberId', x === OTHER ? null : x)} />
      {!v.presenterMemberId && <TextField label={t.presenterText} value={v.presenterText ?? ''} error={form.errors.presenterText} onChange={(x) => form.set('presenterText', x)} />}
      <TextField multiline label={t.itemNotes} help={sv.carryOver.itemNotesHelp} value={v.notes ?? ''} error={form.errors.notes} onChange={(x) => form.set('notes', x)} />
      <CheckboxField label={t.standing} checked={v.standing ?? false} onChange={(x) => form.set('standing', x)} />
      <FocusAreaPicker plans={plans} year={year} selected={v.focusAreaIds ?? []} onChange={(ids) => form.set('focusAreaIds', ids)} />
      <div className="button-row">
        <button type="submit" className="button button--primary">{t.save}</button>
        <button type="button" className="button" onClick={onCancel}>{sv.register.ui.cancel}</button>
      </div>
    </form>
  );
}
