/**
 * Where an exported file was saved, with buttons to open it in its program (Word for a .docx) or to
 * show it in its folder. The core opens only files it exported itself in this session.
 */
import { useState } from 'react';
import { sv } from '../../electron/shared/i18n/sv';
import { call } from '../api/ros';
import { ErrorMessage } from './ErrorMessage';

export function ExportedFile({ path }: { path: string }) {
  const [error, setError] = useState<string | null>(null);
  const open = async (reveal: boolean) => {
    const result = await call('openExportedFile', { path, reveal });
    setError(result.ok ? null : result.error.message);
  };
  return (
    <div className="notice exported-file">
      <p role="status">{sv.exports.saved(path)}</p>
      <button type="button" className="link-button" onClick={() => void open(false)}>{sv.exports.openFile}</button>
      <button type="button" className="link-button" onClick={() => void open(true)}>{sv.exports.showInFolder}</button>
      <ErrorMessage message={error} />
    </div>
  );
}
