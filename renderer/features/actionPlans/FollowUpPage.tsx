/**
 * Uppföljning av handlingsplanen: choose a plan (the one covering this year first); per year of the plan
 * and per focus area, the meetings and agenda items where it was discussed, the decisions, and the action
 * items done and open with who and by when. An area with nothing that year says so. Exported to Word.
 */
import { useEffect, useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import type { ActionPlan } from '../../../electron/shared/actionPlans/actionPlan';
import { isEmptyArea, type FollowUpAction, type FollowUpArea, type PlanFollowUp } from '../../../electron/shared/actionPlans/followUp';
import { longDate } from '../../../electron/shared/meetings/meetingText';
import { call } from '../../api/ros';
import { useQuery } from '../../api/useQuery';
import { useDataVersion } from '../../api/saveStatus';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ExportedFile } from '../../components/ExportedFile';
import { SelectField } from '../../components/FormField';
import { TableScroll } from '../../components/TableScroll';
import { useFocusOnMount } from '../../components/useFocusOnMount';

const t = sv.actionPlans.followUp;

function defaultPlan(plans: readonly ActionPlan[]): string {
  const year = new Date().getFullYear();
  return (plans.find((p) => p.fromYear <= year && year <= p.toYear) ?? plans.at(-1))?.id ?? '';
}

function ActionTable({ caption, actions }: { caption: string; actions: readonly FollowUpAction[] }) {
  return (
    <>
      <h4>{caption}</h4>
      <TableScroll label={caption}>
        <table className="table" aria-label={caption}>
          <thead><tr><th>{t.action}</th><th>{t.responsible}</th><th>{t.due}</th><th>{t.meeting}</th></tr></thead>
          <tbody>
            {actions.map((a, i) => (
              <tr key={i}>
                <td className="wrap-anywhere">{a.what}</td>
                <td className="wrap-anywhere">{a.responsible || '–'}</td>
                <td>{a.due ? longDate(a.due) : '–'}</td>
                <td>{t.meetingRef(longDate(a.meetingDate), a.meetingTitle)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

function AreaFollowUp({ area, year }: { area: FollowUpArea; year: number }) {
  const id = `area-${year}-${area.areaId}`;
  return (
    <section className="follow-up-area" aria-labelledby={id}>
      <h3 id={id}>{area.name}</h3>
      {isEmptyArea(area) && <p className="muted">{t.emptyArea(year)}</p>}
      {area.meetings.length > 0 && (
        <>
          <h4>{t.discussed}</h4>
          <ul>{area.meetings.map((m) => <li key={m.meetingId}>{t.meetingLine(longDate(m.meetingDate), m.meetingTitle, m.items.join('; '))}</li>)}</ul>
        </>
      )}
      {area.decisions.length > 0 && (
        <>
          <h4>{t.decisions}</h4>
          <ul>{area.decisions.map((d, i) => <li key={i}>{t.decisionLine(d.text, longDate(d.meetingDate))}</li>)}</ul>
        </>
      )}
      {area.done.length > 0 && <ActionTable caption={t.done} actions={area.done} />}
      {area.open.length > 0 && <ActionTable caption={t.open} actions={area.open} />}
    </section>
  );
}

export function FollowUpPage() {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const settings = useQuery(() => call('getSettings'));
  const plans = settings.value?.actionPlans ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const planId = chosen && plans.some((p) => p.id === chosen) ? chosen : defaultPlan(plans);
  const [followUp, setFollowUp] = useState<PlanFollowUp | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const dataVersion = useDataVersion();

  useEffect(() => {
    if (!planId) return;
    let current = true;
    void call('getPlanFollowUp', { planId }).then((result) => {
      if (!current) return;
      setFollowUp(result.ok ? result.value : null);
      setError(result.ok ? null : result.error.message);
    });
    return () => {
      current = false;
    };
  }, [planId, dataVersion]);

  const exportWord = async () => {
    const result = await call('exportPlanFollowUp', { planId });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    if (result.value) setExported(result.value.path);
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>{sv.pages.followUp.title}</h1>
      <p className="lead">{sv.pages.followUp.lead}</p>
      <ErrorMessage message={error ?? settings.error} />
      {settings.value && plans.length === 0 && <p className="empty-state">{t.noPlans}</p>}
      {plans.length > 0 && (
        <div className="form form--inline">
          <SelectField label={t.choosePlan} value={planId} options={plans.map((p) => ({ value: p.id, label: `${p.title} (${p.fromYear}–${p.toYear})` }))}
            onChange={(id) => { setChosen(id); setExported(null); }} />
          <button type="button" className="button" onClick={() => void exportWord()}>{t.export}</button>
        </div>
      )}
      {exported && <ExportedFile path={exported} />}
      {followUp && followUp.planId === planId && followUp.years.map(({ year, areas }) => (
        <section key={year} className="card follow-up-year" aria-labelledby={`follow-up-${year}`}>
          <h2 id={`follow-up-${year}`}>{year}</h2>
          {areas.map((area) => <AreaFollowUp key={area.areaId} area={area} year={year} />)}
        </section>
      ))}
    </>
  );
}
