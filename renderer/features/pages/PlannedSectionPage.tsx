/**
 * A section whose content comes with a later version: its heading, what it is for, and an honest
 * empty state saying what it will hold.
 */
import { sv } from '../../../electron/shared/i18n/sv';

type Section = keyof typeof sv.pages;

export function PlannedSectionPage({ section }: { section: Section }) {
  const text = sv.pages[section];
  return (
    <>
      <h1>{text.title}</h1>
      <p className="lead">{text.lead}</p>
      <section className="empty-state" aria-labelledby={`${section}-empty`}>
        <h2 id={`${section}-empty`}>{text.emptyTitle}</h2>
        <p>{text.emptyText}</p>
      </section>
    </>
  );
}
