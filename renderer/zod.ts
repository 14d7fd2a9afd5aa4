/**
 * What `zod` means in the renderer's bundle (an alias in electron.vite.config.ts): zod itself, set to
 * parse without compiling code before any schema is made. Its default probes `new Function` when the
 * first object schema is built, which the page's CSP refuses and reports as a policy violation; the
 * alias makes the setting come first whichever chunk builds a schema first. Main keeps zod's compiled
 * parsers.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });

export * from 'zod/v4';
