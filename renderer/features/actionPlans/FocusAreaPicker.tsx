/**
 * Tagging with focus areas: a checkbox per focus area, grouped by action plan (Tab, Space and the arrows
 * of the browser's own checkboxes). The plans that cover the meeting's year are shown, and any plan an
 * area is already chosen from; the others appear with "Visa alla handlingsplaner".
 */
import { useId, useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import type { ActionPlan } from '../../../electron/shared/actionPlans/actionPlan';

const t = sv.actionPlans.tags;

interface Props {
  plans: readonly ActionPlan[];
  /** The meeting's year: its plans are offered first. */
  year: number;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  /** The group's name, when a screen has more than one ("Fokusområden för beslutet"). */
  legend?: string;
}

const covers = (plan: ActionPlan, year: number) => plan.fromYear <= year && year <= plan.toYear;

export function FocusAreaPicker({ plans, year, selected, onChange, legend = t.legend }: Props) {
  const id = useId();
  const [showAll, setShowAll] = useState(false);
  if (plans.length === 0) return <p className="field-help">{t.noPlans}</p>;
  const relevant = plans.filter((plan) => covers(plan, year) || plan.areas.some((area) => selected.includes(area.id)));
  const shown = showAll || relevant.length === 0 ? plans : relevant;
  const toggle = (areaId: string, on: boolean) => onChange(on ? [...selected, areaId] : selected.filter((x) => x !== areaId));
  return (
    <fieldset className="focus-area-picker">
      <legend>{legend}</legend>
      {shown.map((plan) => (
        <fieldset key={plan.id} className="focus-area-plan">
          <legend>{t.ofPlan(plan.title)}</legend>
          {plan.areas.map((area) => (
            <div key={area.id} className="field field--checkbox">
              <input id={`${id}-${area.id}`} type="checkbox" checked={selected.includes(area.id)} onChange={(e) => toggle(area.id, e.target.checked)} />
              <label htmlFor={`${id}-${area.id}`}>{area.name}</label>
            </div>
          ))}
        </fieldset>
      ))}
      {shown.length < plans.length && (
        <div className="field field--checkbox">
          <input id={`${id}-all`} type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
          <label htmlFor={`${id}-all`}>{t.showAll}</label>
        </div>
      )}
    </fieldset>
  );
}
