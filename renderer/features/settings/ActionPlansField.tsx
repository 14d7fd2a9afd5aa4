/**
 * The action plans in Inställningar: each plan's name, period (from–to year) and focus areas (add,
 * rename, move up or down, remove), a new empty plan, or the 2020–2022 plan's six areas as a ready
 * example. Validated as you type (Swedish message at the field) and saved by itself as one setting; a
 * removed area or plan can be put back with Ångra.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import { EXAMPLE_ACTION_PLAN, type ActionPlan } from '../../../electron/shared/actionPlans/actionPlan';
import { TextField } from '../../components/FormField';
import { useSettingAutosave } from './useSettingAutosave';

const t = sv.actionPlans.settings;

/** A plan as edited: the years as typed. */
type Draft = Omit<ActionPlan, 'fromYear' | 'toYear'> & { fromYear: string; toYear: string };

const toDraft = (plan: ActionPlan): Draft => ({ ...plan, fromYear: String(plan.fromYear), toYear: String(plan.toYear) });
const fromDraft = (plan: Draft) => ({ ...plan, fromYear: Number(plan.fromYear.trim() || NaN), toYear: Number(plan.toYear.trim() || NaN) });

function newPlan(): Draft {
  const year = new Date().getFullYear();
  return { id: crypto.randomUUID(), title: t.newPlanTitle, fromYear: String(year), toYear: String(year + 2), areas: [] };
}
function examplePlan(): Draft {
  return toDraft({ ...EXAMPLE_ACTION_PLAN, id: crypto.randomUUID(), areas: EXAMPLE_ACTION_PLAN.areas.map((name) => ({ id: crypto.randomUUID(), name })) });
}

export function ActionPlansField({ initial }: { initial: readonly ActionPlan[] }) {
  const [plans, setPlans] = useState<Draft[]>(() => initial.map(toDraft));
  const [removed, setRemoved] = useState<{ plans: Draft[]; message: string } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  /** Where the focus goes after the next render (a control that went away or was disabled). */
  const focusAfterRender = useRef<string | null>(null);
  useLayoutEffect(() => {
    const selector = focusAfterRender.current;
    focusAfterRender.current = null;
    if (selector) root.current?.querySelector<HTMLElement>(selector)?.focus();
  });

  const { errors, change: save, flush } = useSettingAutosave('actionPlans');

  const change = (next: Draft[]) => {
    setPlans(next);
    save(next.map(fromDraft));
  };
  const changePlan = (index: number, patch: Partial<Draft>) => change(plans.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const setAreas = (index: number, areas: Draft['areas']) => changePlan(index, { areas });
  const removeWithUndo = (next: Draft[], message: string) => {
    setRemoved({ plans, message });
    focusAfterRender.current = '[data-control="undo"]';
    change(next);
  };
  const undo = () => {
    if (!removed) return;
    setRemoved(null);
    focusAfterRender.current = '[data-control="add-plan"]';
    change(removed.plans);
  };
  const addPlan = (plan: Draft) => {
    focusAfterRender.current = `[data-plan-id="${plan.id}"] input`;
    change([...plans, plan]);
  };

  return (
    <div ref={root} className="action-plans">
      {errors[''] && <p className="field-error" role="alert">{errors['']}</p>}
      {removed && (
        <p role="status" className="notice">
          {removed.message}{' '}
          <button type="button" className="button button--small" data-control="undo" onClick={undo}>{t.undo}</button>
        </p>
      )}
      {plans.length === 0 && <p>{t.none}</p>}
      {plans.map((plan, index) => (
        <section key={plan.id} className="action-plan" data-plan-id={plan.id} aria-labelledby={`plan-${plan.id}`}>
          <h3 id={`plan-${plan.id}`}>{t.planHeading(plan.title)}</h3>
          <TextField label={t.planTitle} value={plan.title} error={errors[`${index}.title`]} onChange={(title) => changePlan(index, { title })} onBlur={() => void flush()} />
          <div className="field-pair">
            <TextField type="number" label={t.fromYear} value={plan.fromYear} error={errors[`${index}.fromYear`]} onChange={(fromYear) => changePlan(index, { fromYear })} onBlur={() => void flush()} />
            <TextField type="number" label={t.toYear} value={plan.toYear} error={errors[`${index}.toYear`]} onChange={(toYear) => changePlan(index, { toYear })} onBlur={() => void flush()} />
          </div>
          <h4>{t.areasHeading}</h4>
          {errors[`${index}.areas`] && <p className="field-error">{errors[`${index}.areas`]}</p>}
          {plan.areas.length === 0 ? <p>{t.noAreas}</p> : (
            <ol className="focus-area-list">
              {plan.areas.map((area, a) => {
                const name = area.name || t.areaLabel(a + 1);
                const move = (to: number, control: string) => {
                  const next = [...plan.areas];
                  next.splice(a, 1);
                  next.splice(to, 0, area);
                  // At the top or the bottom the pressed arrow is disabled: the focus goes to the other one.
                  if (to === 0 || to === plan.areas.length - 1) focusAfterRender.current = `[data-area-id="${area.id}"] [data-control="${control}"]`;
                  setAreas(index, next);
                };
                return (
                  <li key={area.id} className="focus-area-row" data-area-id={area.id}>
                    <TextField label={t.areaLabel(a + 1)} value={area.name} error={errors[`${index}.areas.${a}.name`]}
                      onChange={(text) => setAreas(index, plan.areas.map((x) => (x.id === area.id ? { ...x, name: text } : x)))} onBlur={() => void flush()} />
                    <div className="button-row">
                      <button type="button" className="button button--small" aria-label={t.moveAreaUp(name)} data-control="up" disabled={a === 0}
                        onClick={() => move(a - 1, a - 1 === 0 ? 'down' : 'up')}>↑</button>
                      <button type="button" className="button button--small" aria-label={t.moveAreaDown(name)} data-control="down" disabled={a === plan.areas.length - 1}
                        onClick={() => move(a + 1, a + 1 === plan.areas.length - 1 ? 'up' : 'down')}>↓</button>
                      <button type="button" className="button button--small button--danger" aria-label={t.removeArea(name)}
                        onClick={() => removeWithUndo(plans.map((p, i) => (i === index ? { ...p, areas: p.areas.filter((x) => x.id !== area.id) } : p)), t.areaRemoved(area.name))}>✕</button>
                    </div>
                  </li>
                );
              })}
            </ol>
          )}
          <div className="button-row">
            <button type="button" className="button" onClick={() => {
              const id = crypto.randomUUID();
              focusAfterRender.current = `[data-area-id="${id}"] input`;
              setAreas(index, [...plan.areas, { id, name: '' }]);
            }}>{t.addArea}</button>
            <button type="button" className="button button--danger" onClick={() => removeWithUndo(plans.filter((p) => p.id !== plan.id), t.planRemoved(plan.title))}>{t.removePlan}</button>
          </div>
        </section>
      ))}
      <div className="button-row">
        <button type="button" className="button" data-control="add-plan" onClick={() => addPlan(newPlan())}>{t.addPlan}</button>
        <button type="button" className="button" onClick={() => addPlan(examplePlan())}>{t.addExample}</button>
      </div>
    </div>
  );
}
