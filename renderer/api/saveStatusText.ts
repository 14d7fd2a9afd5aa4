/**
 * The header's words for the save status, as a pure function so a unit test can hold the rule the whole
 * app relies on: "Sparat" only after main answered `ok`, and never while a screen holds edits that are
 * not on disk. A failed or refused save always names its Swedish reason. A save in flight says
 * "Osparade ändringar" until it has taken `SHOW_SAVING_AFTER_MS` (`savingLong`), then "Sparar …": the
 * autosaves of someone typing, answered in milliseconds, do not make the header flicker, and do not
 * make the window draw a frame of its own for it at every save.
 */
import { sv } from '../../electron/shared/i18n/sv';
import { formatClock } from '../../electron/shared/format/dates';
import type { SaveStatus } from './saveStatus';

export const SHOW_SAVING_AFTER_MS = 500;

export function saveStatusText(status: SaveStatus, unsaved: boolean, savingLong: boolean): string {
  switch (status.kind) {
    case 'idle':
      return unsaved ? sv.saveStatus.unsaved : sv.saveStatus.idle;
    case 'saving':
      return savingLong ? sv.saveStatus.saving : sv.saveStatus.unsaved;
    case 'saved':
      return unsaved ? sv.saveStatus.unsaved : sv.saveStatus.saved(formatClock(status.at));
    case 'failed':
      return sv.saveStatus.failed(status.message);
    case 'refused':
      return sv.saveStatus.refused(status.message);
    case 'conflict':
      return sv.saveStatus.failed(sv.errors.externalChange);
  }
}
