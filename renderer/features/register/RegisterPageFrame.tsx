/**
 * What both register pages share: the heading, the toolbar (new, import, export), the notice after an
 * action, the search field and filters, and the list or its empty state.
 */
import type { ReactNode } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import type { ImportKind } from '../../../electron/shared/register/importContract';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/FormField';
import { ExportButtons } from './ExportButtons';
import { ImportButton } from './ImportPanel';

interface RegisterPageFrameProps {
  kind: ImportKind;
  onNew: () => void;
  notice: string | null;
  onNotice: (message: string) => void;
  error: string | null;
  query: string;
  onQuery: (query: string) => void;
  filters: ReactNode;
  summary?: ReactNode;
  total: number;
  shown: number;
  children: ReactNode;
}

const texts = {
  members: { page: sv.pages.members, newLabel: sv.register.ui.newMember, empty: sv.register.ui.emptyMembers },
  organisations: { page: sv.pages.organisations, newLabel: sv.register.ui.newOrganisation, empty: sv.register.ui.emptyOrganisations },
} as const;

export function RegisterPageFrame(props: RegisterPageFrameProps) {
  const t = sv.register.ui;
  const text = texts[props.kind];
  return (
    <>
      <h1>{text.page.title}</h1>
      <p className="lead">{text.page.lead}</p>
      <div className="toolbar">
        <button type="button" className="button button--primary" onClick={props.onNew}>
          {text.newLabel}
        </button>
        <ImportButton kind={props.kind} onImported={props.onNotice} />
        <ExportButtons list={props.kind} />
      </div>
      {props.notice && (
        <p role="status" className="notice">
          {props.notice}
        </p>
      )}
      <ErrorMessage message={props.error} />
      {props.summary}
      <div className="filters" role="search">
        <TextField type="search" label={t.search} value={props.query} onChange={props.onQuery} />
        {props.filters}
      </div>
      <p className="count">{t.count(props.shown, props.total)}</p>
      {props.total === 0 ? <p className="empty-state">{text.empty}</p> : props.shown === 0 ? <p>{t.noneMatch}</p> : props.children}
    </>
  );
}
