// The two export buttons of a register list (Word and CSV for Excel), with the saved file to open.
import { useState } from 'react';
import { sv } from '../../../electron/shared/i18n/sv';
import { call } from '../../api/ros';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ExportedFile } from '../../components/ExportedFile';

export function ExportButtons({ list }: { list: 'members' | 'organisations' }) {
  const [exported, setExported] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (format: 'docx' | 'csv') => {
    const result = await call('exportRegister', { list, format });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    if (result.value) setExported(result.value.path);
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void run('docx')}>
        {sv.register.ui.exportWord}
      </button>
      <button type="button" className="button" onClick={() => void run('csv')}>
        {sv.register.ui.exportCsv}
      </button>
      {exported && <ExportedFile path={exported} />}
      <ErrorMessage message={error} />
    </>
  );
}
