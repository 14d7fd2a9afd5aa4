/**
 * The IPC methods of the action plans: the follow-up of a plan per year and focus area, on screen and
 * exported to Word. (The plans themselves are settings, saved through `updateSettings`.)
 */
import { sv } from '../../shared/i18n/sv';
import { planFollowUp } from '../actionPlans/planFollowUp';
import { wordFilter } from './exportSaver';
import type { channelFamilies } from '../../shared/ipc/channels';
import type { HandlerContext, Handlers } from './handlers';

type ActionPlanChannels = (typeof channelFamilies.actionPlans)[number];

export function createActionPlanHandlers(ctx: HandlerContext): Pick<Handlers, ActionPlanChannels> {
  return {
    getPlanFollowUp: async ({ planId }) => planFollowUp(ctx.session().data, planId),
    exportPlanFollowUp: async ({ planId }) => {
      const data = ctx.session().data;
      const followUp = planFollowUp(data, planId);
      const fileName = `${sv.actionPlans.followUp.fileName(followUp.fromYear, followUp.toYear)}.docx`;
      return ctx.exports.save(sv.register.exports.saveTitle, fileName, wordFilter, async () => (await import('../actionPlans/followUpDocx')).followUpDocx(followUp, data.settings));
    },
  };
}
