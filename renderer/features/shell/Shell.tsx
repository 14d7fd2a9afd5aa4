/**
 * The app's frame: skip link, header with the save indicator, the main menu and the current section.
 * Ctrl+Shift+F (and Redigera → Sök) searches the minutes from anywhere, and so does Ctrl+K except in the
 * minutes' text, where it makes a link (as in Word); the menu's Inställningar and Om are
 * handled here, a command for another section opens it, and a command for open minutes when none are
 * open gets a short notice.
 */
import { Suspense, useEffect, useState } from 'react';
import { lazyWithPreload } from 'react-lazy-with-preload';
import { sv } from '../../../electron/shared/i18n/sv';
import type { StoreStatus } from '../../../electron/shared/store/status';
import type { MenuCommand } from '../../../electron/shared/ipc/menuCommands';
import { deliverOnClaim, useMenuCommands, useMenuDispatch } from '../../api/menu';
import { saveStatusStore, useNotice, useSaveConflict } from '../../api/saveStatus';
import { AboutDialog } from './AboutDialog';
import { MeetingsSection } from '../meetings/MeetingsSection';
import { MeetingPage } from '../meetings/lazyMeetingPage';
import type { MinutesRequest } from '../minutes/MinutesSection';
import { ConflictDialog } from './ConflictDialog';
import { Navigation } from './Navigation';
import type { PageId } from './pages';
import { SaveStatusIndicator } from './SaveStatusIndicator';
import { LeaveDialog } from './LeaveDialog';
import { leaveScreen } from '../../api/pendingSaves';
import { LoadFailureBoundary } from '../../components/LoadFailureBoundary';
import { keepTypedKeys } from '../../components/typedKeys';

// Möten's year plan is the first screen; the code of one meeting's page and of the other sections (the minutes with their editor above all) is
// read from the app's own files once the first screen is up (or at once when a section is opened first).
// Once read, a section is drawn at once when it is opened: React's own `lazy` waits for its promise even
// then, and shows the section only after its reveal throttle (300 ms) the first time.
const MinutesSection = lazyWithPreload(() => import('../minutes/MinutesSection').then((m) => ({ default: m.MinutesSection })));
const MembersPage = lazyWithPreload(() => import('../register/MembersPage').then((m) => ({ default: m.MembersPage })));
const OrganisationsPage = lazyWithPreload(() => import('../register/OrganisationsPage').then((m) => ({ default: m.OrganisationsPage })));
const SettingsPage = lazyWithPreload(() => import('../settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const FollowUpPage = lazyWithPreload(() => import('../actionPlans/FollowUpPage').then((m) => ({ default: m.FollowUpPage })));
const sections = [MinutesSection, MembersPage, OrganisationsPage, SettingsPage, FollowUpPage, MeetingPage];

/** The section whose screen handles a menu command when no screen on show does. */
const commandHomes: Partial<Record<MenuCommand, PageId>> = {
  newMeeting: 'meetings',
  newMinutes: 'minutes',
  exportArchive: 'settings',
  importArchive: 'settings',
  importWord: 'minutes',
};

export function Shell({ onStatusChange }: { onStatusChange: (status: StoreStatus) => void }) {
  const [page, setPage] = useState<PageId>('meetings');
  const [minutesRequest, setMinutesRequest] = useState<MinutesRequest | null>(null);
  const conflict = useSaveConflict();
  const openMinutes = (request: Omit<MinutesRequest, 'serial'>) => {
    setMinutesRequest((current) => ({ ...request, serial: (current?.serial ?? 0) + 1 }));
    setPage('minutes');
  };

  const [about, setAbout] = useState(false);
  const notice = useNotice();
  const navigate = (next: PageId, before?: () => void) =>
    leaveScreen(() => {
      before?.();
      saveStatusStore.setNotice(null);
      setPage(next);
    });
  // What is typed before the search field is on screen is kept for it (typedKeys.ts).
  const searchMinutes = () =>
    navigate('minutes', () => {
      keepTypedKeys(sv.minutes.ui.searchAll);
      setMinutesRequest((current) => ({ search: true, serial: (current?.serial ?? 0) + 1 }));
    });
  useMenuCommands({ search: searchMinutes, settings: () => navigate('settings'), about: () => setAbout(true) });
  useMenuDispatch((command) => {
    const home = commandHomes[command];
    if (!home) return saveStatusStore.setNotice(sv.menu.openMinutesFirst);
    deliverOnClaim(command);
    navigate(home);
  });

  useEffect(() => {
    // A second after start, when the first screen has its data, and then only when the page is idle.
    // A part that cannot be read says so when it is opened (LoadFailureBoundary).
    const preload = () => sections.forEach((section) => void section.preload().catch(() => undefined));
    const timer = setTimeout(() => requestIdleCallback(preload, { timeout: 2000 }), 1000);
    return () => clearTimeout(timer);
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if ((key === 'f' && event.shiftKey) || (key === 'k' && !event.shiftKey)) {
        event.preventDefault();
        searchMinutes();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {sv.app.skipToContent}
      </a>
      <header className="app-header">
        <span className="app-name">{sv.app.name}</span>
        <SaveStatusIndicator />
      </header>
      <Navigation current={page} onNavigate={navigate} />
      <main id="main" className="content" tabIndex={-1}>
        {notice && <p role="status" className="notice">{notice}</p>}
        {/* Keyed by section: a section left while the next one's code loads is closed, not kept hidden, and
            a section whose code could not be read says so until another one is opened. */}
        <LoadFailureBoundary key={page}>
          <Suspense fallback={null}>
            {page === 'settings' ? (
              <SettingsPage onStatusChange={onStatusChange} />
            ) : page === 'members' ? (
              <MembersPage />
            ) : page === 'organisations' ? (
              <OrganisationsPage />
            ) : page === 'followUp' ? (
              <FollowUpPage />
            ) : page === 'meetings' ? (
              <MeetingsSection onOpenMinutes={(meetingId) => openMinutes({ meetingId })} />
            ) : (
              // A meeting's minutes or a search, asked for from anywhere (open minutes too), opens the section afresh.
              <MinutesSection key={minutesRequest?.meetingId || minutesRequest?.search ? minutesRequest.serial : 'minutes'} request={minutesRequest} />
            )}
          </Suspense>
        </LoadFailureBoundary>
      </main>
      {conflict && <ConflictDialog onStatusChange={onStatusChange} />}
      {about && <AboutDialog onClose={() => setAbout(false)} />}
      <LeaveDialog />
    </div>
  );
}
