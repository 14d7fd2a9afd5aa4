/**
 * The app's frame: skip link, header with the save indicator, the main menu and the current section.
 */
import { useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import type { StoreStatus } from '../../../electron/shared/store/status';
import { useSaveStatus } from '../../api/saveStatus';
import { PlannedSectionPage } from '../pages/PlannedSectionPage';
import { MembersPage } from '../register/MembersPage';
import { MeetingsSection } from '../meetings/MeetingsSection';
import { OrganisationsPage } from '../register/OrganisationsPage';
import { SettingsPage } from '../settings/SettingsPage';
import { ConflictDialog } from './ConflictDialog';
import { Navigation } from './Navigation';
import type { PageId } from './pages';
import { SaveStatusIndicator } from './SaveStatusIndicator';

export function Shell({ onStatusChange }: { onStatusChange: (status: StoreStatus) => void }) {
  const [page, setPage] = useState<PageId>('meetings');
  const saveStatus = useSaveStatus();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {sv.app.skipToContent}
      </a>
      <header className="app-header">
        <span className="app-name">{sv.app.name}</span>
        <SaveStatusIndicator />
      </header>
      <Navigation current={page} onNavigate={setPage} />
      <main id="main" className="content" tabIndex={-1}>
        {page === 'settings' ? (
          <SettingsPage onStatusChange={onStatusChange} />
        ) : page === 'members' ? (
          <MembersPage />
        ) : page === 'organisations' ? (
          <OrganisationsPage />
        ) : page === 'meetings' ? (
          <MeetingsSection />
        ) : (
          <PlannedSectionPage section={page} />
        )}
      </main>
      {saveStatus.kind === 'conflict' && <ConflictDialog onStatusChange={onStatusChange} />}
    </div>
  );
}
