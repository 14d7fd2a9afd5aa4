/**
 * One set of minutes open for writing: a compact header (title, form, the lifecycle, Mötesläge and the
 * exports) over the editor, which takes the rest of the window; below them, for fullständiga anteckningar,
 * the attendance, decisions, action items and the follow-up of earlier meetings' open action items. Every change is saved through the store within a second; a
 * failed save keeps the text on screen, says so, and is tried again.
 */
import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import type { Attendance, Guest, Meeting } from '../../../electron/shared/meetings/meeting';
import { meetingTitle, fullWhen } from '../../../electron/shared/meetings/meetingText';
import { minutesForms, type ActionItem, type Decision, type Minutes, type MinutesContent, type OpenAction } from '../../../electron/shared/minutes/minutes';
import { sectionsOf, wordCount, type SectionInfo } from '../../../electron/shared/minutes/richText';
import { fillTemplate, meetingFields, nextMeetingAfter, titleAfterFormChange } from '../../../electron/shared/minutes/templates';
import type { Member } from '../../../electron/shared/register/member';
import type { Settings } from '../../../electron/shared/store/schema';
import { useMenuCommands } from '../../api/menu';
import { call } from '../../api/ros';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ExportedFile } from '../../components/ExportedFile';
import { useLiveValue, useOwnLiveValue, useSetWithNextEdit, type LiveValue } from '../../components/liveValue';
import { SelectField, TextField } from '../../components/FormField';
import { tookOrRefused, useAutosave } from '../../components/useAutosave';
import { useFocusOnMount } from '../../components/useFocusOnMount';
import { SendMailButton } from '../mail/MailDraftDialog';
import { WebVersionButton } from '../publishing/WebVersionDialog';
import { AttendanceEditor } from '../meetings/AttendanceEditor';
import { DecisionsAndActions } from './DecisionsAndActions';
import { findInDoc } from './editor/findInDoc';
import { RichTextEditor } from './editor/RichTextEditor';
import { savedBody } from './editor/savedBody';
import { moveToSection, newBulletAtSectionEnd, type SectionPlace } from './editor/sectionCommands';
import { selectRange } from './editor/selectRange';
import { HistoryPanel } from './HistoryPanel';
import { LifecycleBar } from './LifecycleBar';
import { LiveMeetingBar } from './LiveMeetingBar';
import { minutesSaver } from './minutesSaver';
import { OpenActionsList } from './OpenActionsList';

const t = sv.minutes.ui;
const marks = sv.attendanceMarks;
const RETRY_MS = 2000;
/** How long the word count a save read waits for the next key before it is drawn on its own. */
const WORD_COUNT_PAUSE_MS = 500;

export interface Jump {
  query: string;
  occurrence: number;
}

interface Props {
  minutes: Minutes;
  meeting: Meeting;
  /** The meeting was deleted and the minutes kept: it is shown as it was, and cannot be changed. */
  meetingDeleted: boolean;
  meetings: readonly Meeting[];
  members: readonly Member[];
  settings: Settings;
  jump: Jump | null;
  onReplaced: (minutes: Minutes) => void;
  onMeetingChanged: () => void;
  onBack: () => void;
}

/**
 * Whether two lists of sections say the same. An unchanged heading gives the very same object at every
 * save (savedBody keeps it per block), so only the changed ones are compared field by field.
 */
const sameSections = (old: readonly SectionInfo[], next: readonly SectionInfo[]): boolean =>
  old.length === next.length && old.every((a, i) => {
    const b = next[i]!;
    return a === b || (a.sectionId === b.sectionId && a.agendaItemId === b.agendaItemId && a.title === b.title);
  });

function WordCount({ words }: { words: LiveValue<number> }) {
  return t.wordCount(useLiveValue(words));
}

export function MinutesEditorPage({ minutes, meeting, meetingDeleted, meetings, members, settings, jump, onReplaced, onMeetingChanged, onBack }: Props) {
  const [title, setTitle] = useState(minutes.title);
  const [form, setForm] = useState(minutes.form);
  const [decisions, setDecisions] = useState(minutes.decisions);
  const [actions, setActions] = useState(minutes.actions);
  const words = useOwnLiveValue(() => wordCount(minutes.body));
  const showWords = useSetWithNextEdit(words, WORD_COUNT_PAUSE_MS);
  const [sections, setSections] = useState(() => sectionsOf(minutes.body));
  const [place, setPlace] = useState<SectionPlace>({ section: null, total: 0 });
  const [live, setLive] = useState(false);
  const [showAttendance, setShowAttendance] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const editorRef = useRef<Editor | null>(null);
  const editable = minutes.status !== 'approved';
  const followUp = useQuery(() => call('listOpenActions', { beforeMeetingId: meeting.id }));
  // The page replaces the one the user came from: the focus starts at its heading, or in the text at a search hit.
  const heading = useFocusOnMount<HTMLHeadingElement>(!jump);

  const [editor, setEditor] = useState<Editor | null>(null);
  const state = useRef({ title, form, decisions, actions });
  const retry = useRef(() => {});
  useEffect(() => {
    state.current = { title, form, decisions, actions };
  });

  /** What is saved, read when the save leaves (not per key); with the text's word count and sections. */
  const readContent = useCallback((): { content: MinutesContent; words: number; sections: SectionInfo[] } | null => {
    const editor = editorRef.current;
    if (!editor) return null;
    const { body, words, sections } = savedBody(editor.state.doc);
    return { content: { ...state.current, title: state.current.title.trim() || minutes.title, body }, words, sections };
  }, [minutes.title]);

  const saveMinutes = useMemo(() => minutesSaver(minutes.id), [minutes.id]);
  const autosave = useAutosave(async (read: typeof readContent) => {
    const next = read();
    if (!next) return;
    const { content } = next;
    // The count under the text is drawn alone, with the next key's frame: a save redraws neither the
    // page nor the editor, and draws no frame of its own.
    showWords.later(next.words);
    // The same sections keep the same list: the decisions and action items below are not drawn again.
    setSections((old) => (sameSections(old, next.sections) ? old : next.sections));
    const result = await saveMinutes(content);
    if (result.ok) {
      setError(null);
      return true;
    }
    setError(result.error.message);
    if (result.error.code === 'SAVE_FAILED') setTimeout(() => retry.current(), RETRY_MS);
    return tookOrRefused(result);
  });
  useEffect(() => {
    retry.current = () => autosave.schedule(readContent);
  });
  const changed = useCallback(() => {
    showWords.withEdit();
    autosave.schedule(readContent);
  }, [autosave, readContent, showWords]);
  const changeLater = (apply: () => void) => {
    apply();
    autosave.schedule(readContent);
  };

  const onReady = useCallback((ready: Editor) => {
    editorRef.current = ready;
    setEditor(ready);
    if (!jump) return;
    const range = findInDoc(ready.state.doc, jump.query)[jump.occurrence];
    if (range) selectRange(ready, range, true);
  }, [jump]);

  const fields = useMemo(() => meetingFields(meeting, nextMeetingAfter(meetings, meeting), settings.secretaryName), [meeting, meetings, settings.secretaryName]);
  const apply = (result: Awaited<ReturnType<typeof call<'setMinutesStatus'>>>) => {
    if (!result.ok) return setError(result.error.message);
    setError(null);
    onReplaced(result.value);
  };
  const setStatus = async (status: Minutes['status']) => {
    await autosave.flush();
    apply(await call('setMinutesStatus', { id: minutes.id, status }));
  };
  const unlock = async (reason: string) => {
    const result = await call('unlockMinutes', { id: minutes.id, reason });
    if (!result.ok) return result.error.message;
    onReplaced(result.value);
    return null;
  };
  const markDone = async (item: OpenAction) => {
    const result = await call('setActionStatus', { minutesId: item.minutesId, actionId: item.action.id, status: 'done' });
    if (!result.ok) return setError(result.error.message);
    followUp.reload();
  };
  const exportAs = async (format: 'docx' | 'pdf') => {
    await autosave.flush();
    const result = await call('exportMinutes', { id: minutes.id, format });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    if (result.value) setExported(result.value.path);
  };
  useMenuCommands({ exportWord: () => void exportAs('docx'), exportPdf: () => void exportAs('pdf'), liveMode: () => setLive((on) => !on) });
  const saveAttendance = async (attendance: Attendance[], guests: Guest[]) => {
    const result = await call('saveAttendance', { meetingId: meeting.id, attendance, guests });
    if (!result.ok) return setError(result.error.message);
    onMeetingChanged();
  };
  const count = (state: Attendance['state']) => meeting.attendance.filter((a) => a.state === state).length;
  // Full minutes list only the members someone marked: with no marks they have no attendance at all.
  const noneMarked = meeting.attendance.length === 0;
  const attendance = (
    <section className="card" aria-labelledby="minutes-attendance">
      <h2 id="minutes-attendance">{t.attendanceHeading}</h2>
      <p>{t.attendanceSummary(count('present') + count('substitute'), count('absent') + count('excused'), meeting.guests.length)}</p>
      {noneMarked && <p className="caution">{marks.noneMarked}</p>}
      {!meetingDeleted && <button type="button" className="button" aria-expanded={showAttendance} onClick={() => setShowAttendance(!showAttendance)}>{t.editAttendance}</button>}
      {showAttendance && !meetingDeleted && <AttendanceEditor meeting={meeting} members={members} onChange={(a, g) => void saveAttendance(a, g)} />}
    </section>
  );

  return (
    <div className={live ? 'minutes-page minutes-page--live' : 'minutes-page'}>
      {/* The window's height goes to the text: a compact header, the live bar in Mötesläge, then the editor. */}
      <div className="minutes-workspace">
        <header className="minutes-header">
          <div className="minutes-header__row">
            <button type="button" className="link-button" onClick={() => { void autosave.flush(); onBack(); }}>← {t.back}</button>
            <h1 ref={heading} tabIndex={-1}>{t.heading(`${meetingTitle(meeting)}, ${fullWhen(meeting)}`)}</h1>
            <button type="button" className="button button--small" aria-pressed={live} onClick={() => setLive(!live)}>{live ? t.leaveLiveMode : t.liveMode}</button>
            <LifecycleBar status={minutes.status} onStatus={(status) => void setStatus(status)} onUnlock={unlock} />
            <SendMailButton source={{ kind: 'minutes', minutesId: minutes.id, meeting }} members={members} beforeCreate={() => autosave.flush()} />
          </div>
          <div className="toolbar minutes-header__row">
            <fieldset className="minutes-header__fields" disabled={!editable}>
              <TextField label={t.title} value={title} onChange={(value) => changeLater(() => setTitle(value))} onBlur={() => void autosave.flush()} />
              <SelectField label={t.form} value={form} onChange={(value) => changeLater(() => { setTitle(titleAfterFormChange(title, form, value, settings, fields)); setForm(value); })}
                options={minutesForms.map((f) => ({ value: f, label: sv.minutes.forms[f] }))} />
            </fieldset>
            <button type="button" className="button button--small" onClick={() => void exportAs('docx')}>{t.exportWord}</button>
            <button type="button" className="button button--small" onClick={() => void exportAs('pdf')}>{t.exportPdf}</button>
            <WebVersionButton minutesId={minutes.id} beforePreview={() => autosave.flush()} />
            {exported && <ExportedFile path={exported} />}
            {exported && form === 'full' && noneMarked && <p className="caution" role="status">{marks.exportedWithoutAttendance}</p>}
          </div>
        </header>
        {!editable && <p className="notice" role="status">{t.lockedNotice}</p>}
        {meetingDeleted && <p className="notice">{sv.integrity.formerMeeting}</p>}
        <ErrorMessage message={error} />
        {live && editor && (
          <LiveMeetingBar section={place.section} total={place.total} agenda={meeting.agenda}
            onMove={(step) => moveToSection(editor, step)}
            onNewBullet={() => newBulletAtSectionEnd(editor)} />
        )}
        <RichTextEditor initial={minutes.body} editable={editable} phrases={settings.standardPhrases} fillPhrase={(p) => fillTemplate(p, fields)}
          status={<WordCount words={words} />} onChange={changed} onReady={onReady} onSectionChange={setPlace} />
      </div>
      {(live || form === 'full') && attendance}
      {form === 'full' && (
        <>
          <DecisionsAndActions sections={sections} currentSectionId={place.section?.sectionId ?? null} decisions={decisions} actions={actions}
            members={members} plans={settings.actionPlans} year={Number(meeting.date.slice(0, 4))} editable={editable}
            onChange={(d: Decision[], a: ActionItem[]) => changeLater(() => { setDecisions(d); setActions(a); })} />
          <section className="card" aria-labelledby="minutes-follow-up">
            <h2 id="minutes-follow-up">{t.followUpHeading}</h2>
            <ErrorMessage message={followUp.error} />
            {followUp.value && <OpenActionsList actions={followUp.value} members={members} onDone={(item) => void markDone(item)} />}
          </section>
        </>
      )}
      <HistoryPanel minutes={minutes} onRestore={(snapshot) => void call('restoreMinutesSnapshot', { id: minutes.id, snapshotId: snapshot.id }).then(apply)} />
    </div>
  );
}
