/**
 * The group's real minutes of 28 april 2021 (reference text 004), shortened, as sections of paragraphs
 * and bullets with two links: what the tests type into the editor and expect back. They name no people.
 */
import type { BlockNode, RichDoc } from '../../electron/shared/minutes/richText';
import { heading, paragraph } from '../../electron/shared/minutes/richText';

export interface SeedSection {
  title: string;
  paragraphs: string[];
  bullets: string[];
  /** A link in the last bullet: its text and address. */
  link?: { text: string; href: string };
  after?: string;
}

export const SEED_MINUTES: SeedSection[] = [
  {
    title: 'Aktuella samarbete mellan det civila samhället och Västra Götalandsregionen',
    paragraphs: ['Fyra presentationer av aktuella samarbeten presenterades.'],
    bullets: [
      'IOP (Idéburet offentligt partnerskap) riktlinje, förslaget presenterade som tagits fram tillsammans med en referensgrupp.',
      'Pilotprojekt Nära vård. Två pilotprojekt pågår ett i Angered och ett i Alingsås.',
      'Regional utvecklingsstrategi (RUS) 2021–2030. Uppstartskonferenserna finns på webbsidan ',
    ],
    link: { text: 'Regional utvecklingsstrategi', href: 'https://www.vgregion.se/' },
    after: 'Det civila samhället är en resurs i hela Västra Götaland.',
  },
  {
    title: 'Reviderad aktivitetsplan för 2021',
    paragraphs: ['Ett förslag på reviderad aktivitetsplan och budget diskuterades vid mötet.'],
    bullets: [],
  },
  {
    title: 'Informationspunkter',
    paragraphs: [],
    bullets: [
      'Förstudien ”Öppet Västra Götaland” om en ny samverkansplattform.',
      'Handlingsplan för suicidprevention 2020–2025. Anmälan via denna ',
    ],
    link: { text: 'länk', href: 'https://www.vgregion.se/suicidprevention' },
  },
];

/** The seed minutes as the editor stores them. */
export function seedMinutesDoc(sectionIds: string[]): RichDoc {
  const content: BlockNode[] = SEED_MINUTES.flatMap((section, index) => {
    const blocks: BlockNode[] = [heading(sectionIds[index] ?? `s${index}`, section.title), ...section.paragraphs.map((p) => paragraph(p))];
    if (section.bullets.length) {
      blocks.push({
        type: 'bulletList',
        content: section.bullets.map((text, i) => {
          const isLast = i === section.bullets.length - 1;
          const link = isLast && section.link ? [{ type: 'text' as const, text: section.link.text, marks: [{ type: 'link' as const, attrs: { href: section.link.href } }] }] : [];
          return { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text }, ...link] }] };
        }),
      });
    }
    if (section.after) blocks.push(paragraph(section.after));
    return blocks;
  });
  return { type: 'doc', content };
}
