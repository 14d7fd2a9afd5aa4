/**
 * The year the user chose in Möten, kept for as long as the window is open: the section closes when
 * another one opens (a meeting's minutes, the register), and comes back on the year that was chosen.
 */
import { useState } from 'react';
import { todayIso } from '../../../electron/shared/format/isoDate';

let chosen: number | null = null;

export function useChosenYear(): [number, (year: number) => void] {
  const [year, setYear] = useState(() => chosen ?? Number(todayIso().slice(0, 4)));
  const choose = (next: number) => {
    chosen = next;
    setYear(next);
  };
  return [year, choose];
}
