// The main menu down the left side; the current section is marked for screen readers too.
import { sv } from '../../../electron/shared/i18n/sv';
import { pageIds, type PageId } from './pages';

export function Navigation({ current, onNavigate }: { current: PageId; onNavigate: (page: PageId) => void }) {
  return (
    <nav aria-label={sv.app.navLabel} className="navigation">
      <ul>
        {pageIds.map((page) => (
          <li key={page}>
            <button type="button" aria-current={page === current ? 'page' : undefined} onClick={() => onNavigate(page)}>
              {sv.nav[page]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
