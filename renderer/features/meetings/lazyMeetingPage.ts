/**
 * One meeting's page, as a part of the app read from its files when it is first opened, or before: the
 * shell reads it ahead once the first screen is up. Once read, it is drawn at once when a meeting is
 * opened (see `lazyWithPreload` in Shell.tsx).
 */
import { lazyWithPreload } from 'react-lazy-with-preload';

export const MeetingPage = lazyWithPreload(() => import('./MeetingPage').then((m) => ({ default: m.MeetingPage })));
