// A form shows every error it gets: a field's error beside the field when that field is on screen, and
// any other (main's error for the whole form, or for a field the form does not show, such as an id or a
// field hidden by another choice) in the form's alert. Nothing is swallowed.
import { describe, expect, it } from 'vitest';
import { sv } from '../../electron/shared/i18n/sv';
import { placeErrors } from '../../renderer/components/formErrors';

describe('placing a form’s errors', () => {
  it('keeps a field’s error at that field when it is on screen', () => {
    expect(placeErrors({ chairId: sv.meetings.memberMissing }, null, ['date', 'chairId'])).toEqual({
      fields: { chairId: sv.meetings.memberMissing },
      alert: null,
    });
  });

  it('moves an error for a field that is not on screen (a hidden id) to the form’s alert', () => {
    expect(placeErrors({ id: sv.meetings.notFound, date: sv.errors.fields.required }, null, ['date'])).toEqual({
      fields: { date: sv.errors.fields.required },
      alert: sv.meetings.notFound,
    });
  });

  it('shows the form’s own error with the unplaced field errors, each once', () => {
    const placed = placeErrors(
      { 'place.venue': sv.errors.fields.required, cancelReason: sv.errors.fields.required },
      sv.fileErrors.ENOSPC,
      ['date'],
    );
    expect(placed.fields).toEqual({});
    expect(placed.alert).toBe(`${sv.fileErrors.ENOSPC} ${sv.errors.fields.required}`);
  });

  it('has no alert when there is nothing to say', () => {
    expect(placeErrors({}, null, ['date'])).toEqual({ fields: {}, alert: null });
  });
});
