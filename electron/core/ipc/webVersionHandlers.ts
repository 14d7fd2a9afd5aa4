/**
 * The IPC methods of the version for the web: the preview of its changes, and saving it as Word or PDF
 * with the changes the secretary undid left as they were.
 */
import { sv } from '../../shared/i18n/sv';
import type { channelFamilies } from '../../shared/ipc/channels';
import { webMinutes } from '../publishing/webMinutes';
import { layoutFile } from './documentFiles';
import type { HandlerContext, Handlers } from './handlers';

type PublishingChannels = (typeof channelFamilies.publishing)[number];

export function createWebVersionHandlers(ctx: HandlerContext): Pick<Handlers, PublishingChannels> {
  return {
    previewWebVersion: async ({ id }) => {
      const { changes, warnings } = webMinutes(ctx.session().data, id).version;
      return { changes, warnings };
    },
    exportWebVersion: async ({ id, format, undone }) => {
      const data = ctx.session().data;
      const { layout, name } = webMinutes(data, id, undone);
      const file = layoutFile(data.settings, ctx.host, layout, name, format);
      return ctx.exports.save(sv.register.exports.saveTitle, file.fileName, file.filter, file.content);
    },
  };
}
