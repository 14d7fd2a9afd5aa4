/**
 * The action plans from Inställningar, for the screens that tag with their focus areas (an empty list
 * until they are read, or when they cannot be).
 */
import type { ActionPlan } from '../../../electron/shared/actionPlans/actionPlan';
import { call } from '../../api/ros';
import { useQuery } from '../../api/useQuery';

export function useActionPlans(): readonly ActionPlan[] {
  const settings = useQuery(() => call('getSettings'));
  return settings.value?.actionPlans ?? [];
}
