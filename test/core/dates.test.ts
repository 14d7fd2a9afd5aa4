// Swedish times and dates on screen ("Sparat 14.32"), right in any time zone the machine is set to.
// npm test runs this file again under TZ=America/Los_Angeles and TZ=Asia/Tokyo.
import { describe, expect, it } from 'vitest';
import { formatClock, formatDateTime } from '../../electron/shared/format/dates';

describe('Swedish date formatting', () => {
  it('writes the time with a period and the month in Swedish, in local time', () => {
    const local = new Date(2026, 10, 23, 14, 32);
    expect(formatClock(local)).toBe('14.32');
    expect(formatDateTime(local)).toBe('23 november 2026 kl. 14.32');
  });

  it('formats an ISO instant in the machine time zone, not UTC', () => {
    const instant = new Date(2026, 5, 13, 9, 5).toISOString();
    expect(formatDateTime(instant)).toBe('13 juni 2026 kl. 09.05');
  });
});
