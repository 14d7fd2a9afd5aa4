/**
 * The header's words for the save status, as a pure function so a unit test can hold the rule the whole
 * app relies on: "Sparat" only after main answered `ok`, and never while a screen holds edits that are
 * not on disk. A failed or refused save always names its Swedish reason.
 */
import { sv } from '../../electron/shared/i18n/sv';
import { formatClock } from '../../electron/shared/format/dates';
import type { SaveStatus } from './saveStatus';

export function saveStatusText(status: SaveStatus, unsaved: boolean): string {
  switch (status.kind) {
    case 'idle':
      return unsaved ? sv.saveStatus.unsaved : sv.saveStatus.idle;
    case 'saving':
      return sv.saveStatus.saving;
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
