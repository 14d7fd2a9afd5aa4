/**
 * The quick picker of standard phrases (Ctrl+.): type to filter, Enter or a click inserts the phrase
 * with its `{datum}`-style fields filled from the meeting.
 */
import { useState, type KeyboardEvent } from 'react';
import { sv } from '../../../../electron/shared/i18n/sv';
import { foldCase } from '../../../../electron/shared/minutes/textMatch';
import { ModalDialog } from '../../../components/ModalDialog';

const t = sv.minutes.ui;

export function PhrasePicker({ phrases, onPick, onClose }: { phrases: readonly string[]; onPick: (phrase: string) => void; onClose: () => void }) {
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const shown = phrases.filter((phrase) => foldCase(phrase).includes(foldCase(filter.trim())));
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.min(Math.max(i + (event.key === 'ArrowDown' ? 1 : -1), 0), Math.max(shown.length - 1, 0)));
    } else if (event.key === 'Enter' && shown[active]) {
      event.preventDefault();
      onPick(shown[active]);
    }
  };
  return (
    <ModalDialog title={t.phrasesHeading} onCancel={onClose} actions={<button type="button" className="button" onClick={onClose}>{t.cancel}</button>}>
      {phrases.length === 0 ? <p>{t.noPhrases}</p> : (
        <>
          <div className="field">
            <label htmlFor="phrase-filter">{t.phrasesFilter}</label>
            <input id="phrase-filter" type="search" autoFocus value={filter} onKeyDown={onKeyDown} onChange={(e) => { setFilter(e.target.value); setActive(0); }}
              role="combobox" aria-expanded="true" aria-controls="phrase-list" aria-activedescendant={shown[active] ? `phrase-${active}` : undefined} />
          </div>
          <ul id="phrase-list" role="listbox" aria-label={t.phrases} className="phrase-list">
            {shown.map((phrase, i) => (
              <li key={phrase} id={`phrase-${i}`} role="option" aria-selected={i === active} onClick={() => onPick(phrase)}>{phrase}</li>
            ))}
          </ul>
        </>
      )}
    </ModalDialog>
  );
}
