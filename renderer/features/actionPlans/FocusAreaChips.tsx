/**
 * The focus areas an agenda item, decision or action item is tagged with, as short chips in lists (the
 * whole name as the chip's tooltip and for screen readers). A tag of an area no plan has any more is not
 * shown.
 */
import { sv } from '../../../electron/shared/i18n/sv';
import type { ActionPlan } from '../../../electron/shared/actionPlans/actionPlan';

export function FocusAreaChips({ plans, ids }: { plans: readonly ActionPlan[]; ids: readonly string[] }) {
  const areas = plans.flatMap((plan) => plan.areas).filter((area) => ids.includes(area.id));
  if (areas.length === 0) return null;
  return (
    <ul className="chips" aria-label={sv.actionPlans.tags.chipsLabel}>
      {areas.map((area) => <li key={area.id} className="chip" title={area.name}>{area.name}</li>)}
    </ul>
  );
}
