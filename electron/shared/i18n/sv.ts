/**
 * Every Swedish text the user can see, from the window and from main's error messages alike.
 * It lives in the shared layer because both sides speak to the user: the renderer's screens and
 * main's `{ ok: false, error: { message } }` results.
 */
import type { BackupReason } from '../store/status';

export const sv = {
  app: {
    name: 'RÖS Sekreterare',
    skipToContent: 'Hoppa till innehållet',
    navLabel: 'Huvudmeny',
    loading: 'Öppnar datafilen …',
  },
  menu: {
    file: 'Arkiv',
    quit: 'Avsluta',
    edit: 'Redigera',
    undo: 'Ångra',
    redo: 'Gör om',
    cut: 'Klipp ut',
    copy: 'Kopiera',
    paste: 'Klistra in',
    selectAll: 'Markera allt',
    view: 'Visa',
    zoomIn: 'Zooma in',
    zoomOut: 'Zooma ut',
    resetZoom: 'Normal storlek',
    fullScreen: 'Helskärm',
    window: 'Fönster',
    minimize: 'Minimera',
    help: 'Hjälp',
    about: 'Om RÖS Sekreterare',
  },
  nav: {
    meetings: 'Möten',
    minutes: 'Anteckningar',
    members: 'Ledamöter',
    organisations: 'Organisationer',
    settings: 'Inställningar',
  },
  pages: {
    meetings: {
      title: 'Möten',
      lead: 'Årets möten i överenskommelsegruppen: RÖS-möten och dialogmöten med datum, tid och plats.',
      emptyTitle: 'Inga möten ännu',
      emptyText:
        'Här planerar du årets möten, med dagordning och närvaro, och skickar kallelser. ' +
        'Möten kommer att kunna läggas upp i en senare version av programmet.',
    },
    minutes: {
      title: 'Anteckningar',
      lead: 'Kortfattade och fullständiga anteckningar från gruppens möten.',
      emptyTitle: 'Inga anteckningar ännu',
      emptyText:
        'Här skriver du anteckningar under mötet och exporterar dem som Word-dokument. ' +
        'Anteckningar skapas från ett möte när mötesdelen finns på plats.',
    },
    members: {
      title: 'Ledamöter',
      lead: 'Politiker och representanter för det civila samhället som sitter i gruppen.',
      emptyTitle: 'Inga ledamöter ännu',
      emptyText:
        'Här förs registret över gruppens ledamöter och ersättare med kontaktuppgifter. ' +
        'Registret fylls på i en senare version av programmet.',
    },
    organisations: {
      title: 'Organisationer',
      lead: 'De organisationer som har undertecknat överenskommelsen.',
      emptyTitle: 'Inga organisationer ännu',
      emptyText:
        'Här förs registret över undertecknande organisationer, ansökningar och anslutningar. ' +
        'Registret fylls på i en senare version av programmet.',
    },
  },
  settings: {
    title: 'Inställningar',
    documentsHeading: 'Dokument',
    secretaryName: 'Sekreterarens namn',
    secretaryNameHelp: 'Står som författare i exporterade dokument.',
    letterheadTitle: 'Brevhuvud, första raden',
    letterheadSubtitle: 'Brevhuvud, andra raden',
    dataHeading: 'Datamapp',
    dataFolderLabel: 'Datafilen sparas i',
    openDataFolder: 'Öppna datamappen',
    chooseDataFolder: 'Byt datamapp …',
    backupsHeading: 'Säkerhetskopior',
    backupsLead:
      'En kopia tas när programmet sparar första gången efter start och därefter högst en gång i timmen. ' +
      'De 20 senaste sparas, och en per dag i 30 dagar.',
    backupsEmpty: 'Det finns inga säkerhetskopior ännu.',
    backupDate: 'Datum',
    backupReason: 'Anledning',
    backupSize: 'Storlek',
    backupAction: 'Åtgärd',
    restore: 'Återställ',
    restoreConfirm: (date: string) =>
      `Återställa säkerhetskopian från ${date}? Den nuvarande datafilen sparas först som en säkerhetskopia.`,
    restored: (date: string) => `Säkerhetskopian från ${date} är återställd.`,
    aboutHeading: 'Om programmet',
    version: 'Version',
  },
  backupReasons: {
    session: 'Vid första sparning',
    hourly: 'Timvis',
    'before-restore': 'Före återställning',
    conflict: 'Vid krock med ändrad fil',
  } satisfies Record<BackupReason, string>,
  saveStatus: {
    idle: 'Inga osparade ändringar',
    saving: 'Sparar …',
    saved: (time: string) => `Sparat ${time}`,
    failed: (message: string) => `Kunde inte spara: ${message}`,
    retry: 'Försök igen',
  },
  conflict: {
    title: 'Datafilen har ändrats av ett annat program',
    text:
      'Filen på disken är inte längre den som programmet läste in. Det kan vara en synkroniseringstjänst ' +
      'eller ett annat program. Välj vilken version som ska gälla. Den version som inte väljs sparas som säkerhetskopia.',
    keepMine: 'Behåll mina ändringar',
    useDisk: 'Läs in filen från disken',
  },
  recovery: {
    title: 'Datafilen kunde inte öppnas',
    unchanged: 'Filen har inte ändrats. Programmet skriver inte över den.',
    fileLabel: 'Datafil',
    optionsHeading: 'Vad vill du göra?',
    restoreHeading: 'Återställ en säkerhetskopia',
    noBackups: 'Det finns inga säkerhetskopior i den här datamappen.',
    chooseFolder: 'Öppna en annan datamapp …',
    quit: 'Avsluta',
  },
  problems: {
    empty: 'Datafilen är tom.',
    unparsable: 'Datafilen är skadad och går inte att läsa (den är inte giltig JSON).',
    foreign: 'Filen är inte en datafil från RÖS Sekreterare.',
    future: (version: number) =>
      `Datafilen är skapad av en nyare version av RÖS Sekreterare (dataformat ${version}). Uppdatera programmet.`,
    invalid: (where: string) => `Datafilen innehåller felaktiga uppgifter (${where}).`,
    unreadable: (reason: string) => `Datafilen kunde inte läsas: ${reason}`,
  },
  errors: {
    invalidInput: 'Uppgifterna som skickades är ogiltiga.',
    unknownChannel: 'Okänd begäran.',
    forbidden: 'Begäran kom inte från programmets eget fönster.',
    storeUnavailable: 'Datafilen är inte öppen. Välj först vad som ska hända med den.',
    externalChange: 'Datafilen har ändrats av ett annat program. Välj vilken version som ska gälla.',
    backupNotFound: 'Säkerhetskopian finns inte längre.',
    backupDamaged: (problem: string) => `Säkerhetskopian kan inte användas: ${problem}`,
    backupFailed: (reason: string) => `Kunde inte skapa en säkerhetskopia: ${reason}`,
    invalidUrl: 'Länken kan inte öppnas. Bara webbadresser (https, http) och e-postadresser (mailto) är tillåtna.',
    internal: 'Ett oväntat fel inträffade. Inga data har gått förlorade.',
    fields: {
      required: 'Fältet måste fyllas i.',
      tooLong: (max: number) => `Högst ${max} tecken.`,
    },
  },
  fileErrors: {
    ENOSPC: 'Disken är full.',
    EDQUOT: 'Diskkvoten är slut.',
    EACCES: 'Programmet saknar behörighet till datamappen.',
    EPERM: 'Programmet saknar behörighet till datamappen.',
    EROFS: 'Disken är skrivskyddad.',
    EIO: 'Ett fel uppstod vid läsning eller skrivning på disken.',
    EBUSY: 'Filen används av ett annat program.',
    ENOENT: 'Filen eller mappen finns inte.',
    unknown: (code: string) => `Ett okänt filfel inträffade (${code}).`,
  },
} as const;
