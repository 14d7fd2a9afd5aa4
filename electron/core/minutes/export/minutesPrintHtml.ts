/**
 * Minutes as a print-ready page: the same layout as the Word export, as one self-contained HTML
 * document (A4, 2.5 cm margins, the letterhead, headings, lists, links, the action-item table) that the
 * app prints to PDF, and what is printed in the margins of every page: "Sida X av Y" at the foot and, on
 * a draft, the UTKAST mark at the head, where Word has its header. React renders it all to static
 * markup, so every text is escaped; the page allows no script and no request (its own
 * Content-Security-Policy). Printed as a tagged PDF: the page's language (sv-SE) and title become the
 * PDF's, its h1–h3 the outline and the structure tree, the table's header cells are column headers.
 */
import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { sv } from '../../../shared/i18n/sv';
import { logoDataUrl, type Settings } from '../../../shared/store/schema';
import { drawnLogoSize } from '../../documents/letterheadLogo';
import { logoAltText } from '../../documents/letterDocument';
import type { PrintMargins } from '../../host';
import type { LayoutBlock, MinutesLayout, TextSpan } from './minutesLayout';

const t = sv.minutes.documents;
type ListItemBlock = Extract<LayoutBlock, { kind: 'listItem' }>;

const STYLE = `
@page { size: A4; margin: 25mm; }
body { font-family: Calibri, Carlito, "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.1; color: #000; margin: 0; }
.logo { display: block; margin-bottom: 6pt; }
.letterhead-title { font-size: 18pt; font-weight: bold; margin: 0; }
.letterhead-subtitle { margin: 0 0 18pt; }
h1 { font-size: 16pt; margin: 12pt 0; }
h2 { font-size: 14pt; margin: 12pt 0 6pt; break-after: avoid; }
h3 { font-size: 12pt; margin: 10pt 0 4pt; break-after: avoid; }
/* Chromium's PDF outline drops the space where a heading wraps ("påsammanträde") unless it is kept. */
h1, h2, h3 { white-space: pre-wrap; }
p { margin: 0 0 6pt; }
ul, ol { margin: 0 0 6pt; padding-left: 10mm; }
li { margin-bottom: 3pt; }
ol ol { list-style-type: lower-alpha; }
ul ul { list-style-type: circle; }
a { color: #0563c1; }
table { width: 100%; border-collapse: collapse; margin: 0 0 6pt; font-size: 10pt; }
th, td { border: 0.5pt solid #000; padding: 2pt 4pt; text-align: left; vertical-align: top; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
`;

/** A line in a page margin, right-aligned over the text's width as in Word's header and footer. */
const MARGIN_LINE = { width: '100%', textAlign: 'right', margin: '0 25mm', fontFamily: 'Calibri, Carlito, sans-serif' } as const;

/**
 * The templates Chromium prints in the margins of every page: the footer "Sida 1 av 2" with its
 * page-number fields and, on a draft, the UTKAST mark in the top margin (Word's header), clear of the text.
 */
export function printMargins(layout: MinutesLayout): PrintMargins {
  const header = layout.draft
    ? h('div', { style: { ...MARGIN_LINE, fontSize: '11pt', fontWeight: 'bold', color: '#c00000', paddingTop: '7mm' } }, t.draftNotice)
    : h('span');
  const footer = h('div', { style: { ...MARGIN_LINE, fontSize: '9pt' } },
    `${sv.documents.page} `, h('span', { className: 'pageNumber' }), ` ${sv.documents.of} `, h('span', { className: 'totalPages' }));
  return { headerHtml: renderToStaticMarkup(header), footerHtml: renderToStaticMarkup(footer) };
}

function spans(list: readonly TextSpan[]): ReactNode[] {
  return list.map((span, i) => {
    if (span.text === '\n') return h('br', { key: i });
    let node: ReactNode = span.text;
    if (span.italic) node = h('em', null, node);
    if (span.bold) node = h('strong', null, node);
    return span.href ? h('a', { key: i, href: span.href }, node) : h('span', { key: i }, node);
  });
}

/** A list, its level-1 items nested in the item before them. */
function list(items: readonly ListItemBlock[], key: number): ReactNode {
  const entries: Array<{ item: ListItemBlock; nested: ListItemBlock[] }> = [];
  for (const item of items) {
    const parent = entries.at(-1);
    if (item.level === 1 && parent && parent.item.level === 0) parent.nested.push(item);
    else entries.push({ item, nested: [] });
  }
  return h(items[0]!.ordered ? 'ol' : 'ul', { key }, entries.map((entry, i) =>
    h('li', { key: i }, ...spans(entry.item.spans), ...runsOfLists(entry.nested))));
}

/**
 * Consecutive list items as lists: a new list starts where an item of the same level belongs to another
 * list; level-1 items after a level-0 item go inside it.
 */
function runsOfLists(items: readonly ListItemBlock[]): ReactNode[] {
  const runs: ListItemBlock[][] = [];
  for (const item of items) {
    const run = runs.at(-1);
    if (run && (run[0]!.list === item.list || (item.level === 1 && run[0]!.level === 0))) run.push(item);
    else runs.push([item]);
  }
  return runs.map((run, i) => list(run, i));
}

function blocks(layout: MinutesLayout): ReactNode[] {
  const nodes: ReactNode[] = [];
  let pendingList: ListItemBlock[] = [];
  const flushList = () => {
    nodes.push(...runsOfLists(pendingList));
    pendingList = [];
  };
  layout.blocks.forEach((block, key) => {
    if (block.kind === 'listItem') return void pendingList.push(block);
    flushList();
    switch (block.kind) {
      case 'heading':
        return void nodes.push(h(block.level === 1 ? 'h2' : 'h3', { key }, block.text));
      case 'paragraph':
        return void nodes.push(h('p', { key }, ...spans(block.spans)));
      case 'labelled':
        return void nodes.push(h('p', { key }, h('strong', null, `${block.label}: `), block.text));
      case 'actions':
        return void nodes.push(h('table', { key },
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, t.action), h('th', { scope: 'col' }, t.responsible), h('th', { scope: 'col' }, t.due))),
          h('tbody', null, block.rows.map((row, i) => h('tr', { key: i }, h('td', null, row.what), h('td', null, row.responsible), h('td', null, row.due))))));
    }
  });
  flushList();
  return nodes;
}

export function minutesPrintHtml(layout: MinutesLayout, settings: Settings): string {
  const page = h('html', { lang: 'sv-SE' },
    h('head', null,
      h('meta', { charSet: 'utf-8' }),
      h('meta', { httpEquiv: 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'; img-src data:" }),
      h('title', null, layout.title),
      h('style', { dangerouslySetInnerHTML: { __html: STYLE } })),
    h('body', null,
      h('header', null,
        settings.letterheadLogo ? h('img', { className: 'logo', alt: logoAltText(settings), ...drawnLogoSize(settings.letterheadLogo), src: logoDataUrl(settings.letterheadLogo) }) : null,
        h('p', { className: 'letterhead-title' }, settings.letterheadTitle),
        settings.letterheadSubtitle ? h('p', { className: 'letterhead-subtitle' }, settings.letterheadSubtitle) : null),
      h('main', null, h('h1', null, layout.title), ...blocks(layout))));
  return `<!DOCTYPE html>${renderToStaticMarkup(page)}`;
}
