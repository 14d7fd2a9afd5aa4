/**
 * The group's real minutes of 28 april 2021 (reference text 004, copied to
 * test/fixtures/minutes/reference-2021-04-28.md), typed in full as the editor stores them: three
 * sections of paragraphs and bullets with three links. The reference names no people. The links
 * marked "#" in the reference get addresses of their own here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BlockNode, InlineNode, RichDoc } from '../../electron/shared/minutes/richText';
import { heading } from '../../electron/shared/minutes/richText';
import { isVagueLinkText, withLinkPlace } from '../../electron/core/documents/linkText';

export const REFERENCE_DATE = '2021-04-28';
/** The address given to the reference's "Anmälan via denna länk", marked "#" in the reference. */
const SIGN_UP = 'https://www.vgregion.se/anmalan';
export const REFERENCE_FILE = join(import.meta.dirname, '../fixtures/minutes/reference-2021-04-28.md');

/** Text with links written `[text](https://…)`. */
function inline(source: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  for (const part of source.split(/(\[[^\]]+\]\([^)]+\))/)) {
    const link = /^\[([^\]]+)\]\(([^)]+)\)$/.exec(part);
    if (link) nodes.push({ type: 'text', text: link[1]!, marks: [{ type: 'link', attrs: { href: link[2]! } }] });
    else if (part) nodes.push({ type: 'text', text: part });
  }
  return nodes;
}

const p = (source: string): BlockNode => ({ type: 'paragraph', content: inline(source) });
const bullets = (...items: string[]): BlockNode => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [{ type: 'paragraph', content: inline(item) }] })),
});

export const REFERENCE_SECTIONS = [
  'Aktuella samarbete mellan det civila samhället och Västra Götalandsregionen',
  'Reviderad aktivitetsplan för 2021',
  'Informationspunkter',
];

export function referenceMinutesDoc(sectionIds: readonly string[] = ['s1', 's2', 's3']): RichDoc {
  const [first, second, third] = sectionIds;
  return {
    type: 'doc',
    content: [
      heading(first!, REFERENCE_SECTIONS[0]!),
      p('Fyra presentationer av aktuella samarbeten presenterades.'),
      bullets(
        'IOP (Idéburet offentligt partnerskap) riktlinje, förslaget presenterade som tagits fram tillsammans med en referensgrupp med civilsamhällesrepresentanter. Planen är att riktlinjen ska fastställas av regionstyrelsen i augusti.',
        'Pilotprojekt Nära vård. Två pilotprojekt pågår ett i Angered och ett i Alingsås. Båda projekten handlar om samverkan mellan det lokala civila samhället och hälso och sjukvården.',
        'Kraftsamling fullföljda studier, är en av fyra kraftsamlingar i den regionala utvecklingsstrategin 2021–2030. En uppstartskonferens planeras där representant från det civila samhället ingår, se anmälningsslänk nedan. Det civila samhället kommer att vara en medaktör i det fortsatta arbetet.',
        'Regional utvecklingsstrategi (RUS) 2021–2030. Presentation av RUS:ens innehåll och vad som gjorts hittills. Uppstarts konferenser av kraftsamlingarna finns på webbsidan [Regional utvecklingsstrategi - Västra Götalandsregionen (vgregion.se)](https://www.vgregion.se) där finns det möjlighet att anmäla sig.',
      ),
      p('Det civila samhället är en resurs i hela Västra Götaland i RUS:en genomförande och det civila samhället är för avgörande för arbetet med delaktighet och långsiktighet.'),
      heading(second!, REFERENCE_SECTIONS[1]!),
      p('Ett förslag på reviderad aktivitetsplan och budget diskuterades vid mötet. På grund av pandemin har inte planerade aktiviteter kunnat genomföras vilket gjort en revidering av 2021 års aktivitetsplan behövs. Den nya planen innebär mer fokus på digitala lösningar såsom nätverksmöten och seminarier/utbildningar.'),
      heading(third!, REFERENCE_SECTIONS[2]!),
      bullets(
        'Förstudien ”Öppet Västra Götaland” - Sensus har haft uppdrag av beredning för mänskliga rättigheter genomföra en förstudie om möjligheterna att etablera en ny samverkansplattform för social sammanhållning och stärkt kunskap över religions- och organisationsgränser.',
        `Handlingsplan för Suicidprevention 2020-2025 [Handlingsplan suicidprevention i Västra Götaland - slutlig (vgregion.se)](https://www.vgregion.se/halsa-och-vard/suicidprevention?a=1&b=två) Det civila samhället är en viktig part i samarbetet inom suicidpreventionsarbetet och kommer bjudas in och involveras mer i det fortsatta arbetet. Ett led i arbetet är seminariet - ”Bryt ensamheten öka kunskapen om ofrivillig ensamhet och psykisk ohälsa”, 26 maj kl 13.15-15.45. Anmälan via denna [länk](${SIGN_UP}) senast den 19 maj.`,
        'Det civila samhället och insatser för ungdomar mot kriminalitet – Sveriges kommuner och regioner (SKR) har frågat hur samarbetet inom det civila samhället ser ut för ungdomar som befinner sig inom eller nära kriminella miljöer. En sammanställts av svaren har gjorts och sänds tillbaka till SKR.',
      ),
    ],
  };
}

/**
 * The reference's text as a reader of the export sees it: Markdown marks, link addresses and escapes
 * removed, one line per paragraph, heading or bullet; the vague link text "länk" with the place the
 * export adds to it, "länk (vgregion.se)" (electron/core/documents/linkText.ts).
 */
export function referenceText(): string[] {
  return readFileSync(REFERENCE_FILE, 'utf8')
    .split('\n')
    .map((line) => line
      .replace(/^#+\s*/, '')
      .replace(/^-\s+/, '')
      .replace(/\*\*/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, (_, text: string) => (isVagueLinkText(text) ? withLinkPlace(text, SIGN_UP) : text))
      .replace(/\\([()])/g, '$1')
      .trim())
    .filter(Boolean);
}
