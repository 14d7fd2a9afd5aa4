// The close handshake as main runs it: the window closes only after the page said everything is saved,
// stays open when a save failed or the answer is not the page's to give, and never hangs on a dead page.
import { describe, expect, it } from 'vitest';
import { createCloseGuard } from '../../electron/core/app/closeGuard';

function guardWithRequests(timeoutMs = 5000) {
  const requests: number[] = [];
  const guard = createCloseGuard({ sendRequest: (id) => requests.push(id), timeoutMs });
  return { guard, requests };
}

describe('the close handshake', () => {
  it('closes once the page says everything is saved, and asks only once however often the user clicks', async () => {
    const { guard, requests } = guardWithRequests();
    const first = guard.requestClose();
    const second = guard.requestClose();
    expect(requests).toEqual([1]);
    guard.reply(1, { ok: true });
    expect(await first).toBe('close');
    expect(await second).toBe('close');
    expect(guard.allowed).toBe(true);
  });

  it('stays open when the page could not save, and asks again next time', async () => {
    const { guard, requests } = guardWithRequests();
    const decision = guard.requestClose();
    guard.reply(1, { ok: false, message: 'Disken är full.' });
    expect(await decision).toBe('stay');
    expect(guard.allowed).toBe(false);
    void guard.requestClose();
    expect(requests).toEqual([1, 2]);
  });

  it('ignores an answer to another request and treats a malformed answer as not saved', async () => {
    const { guard } = guardWithRequests();
    const decision = guard.requestClose();
    guard.reply(7, { ok: true });
    guard.reply(1, { ok: 'yes' });
    expect(await decision).toBe('stay');
  });

  it('closes after the timeout when the page does not answer (it hangs or is gone)', async () => {
    const { guard } = guardWithRequests(20);
    expect(await guard.requestClose()).toBe('close');
  });
});
