/**
 * Text made safe for a Word document or a calendar file: characters that XML 1.0 or RFC 5545 forbids
 * (control characters such as U+000B and U+007F, lone surrogates, U+FFFE/U+FFFF) are dropped, so
 * hostile or pasted input never yields a file that Word, LibreOffice or a calendar refuses to open.
 * Tabs and line breaks become spaces.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function safeText(value: string): string {
  return value.replace(FORBIDDEN, '').replace(/[\t\r\n]+/g, ' ');
}
