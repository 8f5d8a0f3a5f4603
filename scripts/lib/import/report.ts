/**
 * What an import did and what it leaves for a person, in the same shape for both
 * importers: printed in German for people, as JSON with `--json` for machines.
 */

/** One thing about one post or job. `code` selects the message; `detail` fills it. */
export interface ReportEntry {
  /** The post title or job name it is about, e.g. `Tag der offenen Tür (WordPress 101)`. */
  subject: string;
  code: string;
  detail?: string;
  /** A suggested value (the closest known id, a mapping line). */
  suggestion?: string;
  /** The file written, if any, relative to the project. */
  file?: string;
  /** The line in the import file, where it helps to find the element. */
  line?: number;
}

export interface ImportReport {
  /** Files written (new or changed), relative to the project. */
  written: string[];
  /** Files that already held the same content, or that exist and were left alone without `--force`. */
  unchanged: string[];
  /** Files deleted (Personio jobs that left the feed). */
  removed: string[];
  /** Not written: something a person has to decide first. Makes the exit status 1. */
  held: ReportEntry[];
  /** Written, but a person should look at it. */
  todo: ReportEntry[];
  /** Deliberately not imported (drafts, private posts, pages …). */
  skipped: ReportEntry[];
  /** Counts and hints that need no action. */
  notes: string[];
}

export const emptyReport = (): ImportReport => ({
  written: [],
  unchanged: [],
  removed: [],
  held: [],
  todo: [],
  skipped: [],
  notes: [],
});

/** German texts; `{detail}` and `{suggestion}` are filled from the entry. */
const MESSAGES: Record<string, string> = {
  // Not imported on purpose
  'status-draft': 'Entwurf – nicht übernommen',
  'status-pending': 'wartet in WordPress auf Freigabe – nicht übernommen',
  'status-private': 'privater Beitrag – nicht übernommen',
  'status-trash': 'im Papierkorb – nicht übernommen',
  'status-other': 'Status „{detail}“ – nicht übernommen',
  password: 'passwortgeschützt – nicht übernommen',
  'type-page': 'Seite, kein Beitrag – nicht übernommen',
  // Held back
  'author-unmapped':
    'Autor „{detail}“ ist keiner Person zugeordnet → in content/import/wordpress.yaml unter authors eintragen oder --author {suggestion}',
  'author-unknown-person': 'Zuordnung „{detail}“ nennt keine Person aus content/people{suggestion}',
  'office-unknown': 'Standort „{detail}“ ist nicht zugeordnet → in der Zuordnungsdatei unter offices eintragen{suggestion}',
  'department-unknown':
    'Abteilung „{detail}“ ist nicht zugeordnet → in der Zuordnungsdatei unter departments eintragen{suggestion}',
  'mapping-unknown-id': 'Die Zuordnungsdatei nennt „{detail}“, das es nicht gibt{suggestion}',
  'department-missing': 'Die Stelle hat keine Abteilung → in der Zuordnungsdatei unter jobs → „{detail}“ → department eintragen',
  'office-missing': 'Die Stelle hat keinen Standort → in der Zuordnungsdatei unter jobs → „{detail}“ → locations eintragen',
  'salary-missing':
    'Gehaltsspanne fehlt (Pflicht nach EU-Entgelttransparenzrichtlinie) → in der Zuordnungsdatei unter jobs → „{detail}“ → salary: { min, max, unit } eintragen',
  'contact-missing': 'Ansprechperson fehlt → in der Zuordnungsdatei defaults.contact oder contacts → {detail} eintragen',
  'apply-missing':
    'Bewerbungsweg fehlt → in der Zuordnungsdatei „personio: https://<firma>.jobs.personio.de“ (jede Stelle bekommt ihre Personio-Seite) oder defaults.apply (url mit {id} oder email) eintragen',
  'valid-through-missing': 'Enddatum fehlt → in der Zuordnungsdatei defaults.validThroughDays eintragen',
  'id-missing': 'Stelle ohne <id> – kann nicht zugeordnet werden',
  'title-missing': 'Stelle ohne <name> (Titel)',
  schema: 'Die Angaben passen nicht zum Stellen-Schema: {detail} → Zuordnungsdatei (jobs → Personio-Id) korrigieren',
  'employment-unknown':
    'Beschäftigungsart „{detail}“ ist unbekannt → in der Zuordnungsdatei unter jobs → employmentType eintragen',
  // Written, but look at it
  'alt-missing':
    'Bild {detail} hat keinen Alternativtext: Datei kopiert, im Text steht ein Platzhalter → beschreiben und einfügen',
  'cover-alt-missing': 'Titelbild {detail} hat keinen Alternativtext: Datei kopiert, aber nicht als cover eingetragen',
  'image-missing': 'Bild {detail} fehlt im Upload-Ordner → Datei suchen und einfügen oder weglassen',
  'image-remote': 'Bild von einem fremden Server entfernt: {detail}',
  image: 'Bild entfernt: {detail}',
  iframe: 'Einbettung entfernt (lädt fremde Inhalte): {detail}',
  'embed-link': 'Einbettung als einfacher Link übernommen: {detail}',
  object: 'Plugin-Objekt entfernt: {detail}',
  script: 'Skript entfernt: {detail}',
  style: 'Stilangaben entfernt',
  form: 'Formular entfernt: {detail}',
  media: 'Audio- oder Videodatei entfernt: {detail}',
  link: 'Unsicherer Link entfernt (der Text bleibt): {detail}',
  'link-old-site': 'Link auf die alte Website: {detail} → prüfen, ob die Seite erreichbar bleibt',
  shortcode: 'Shortcode entfernt: {detail}',
  'block-missing': 'Wiederverwendbarer Block {detail} fehlt im Export und wurde ausgelassen',
  'video-link':
    'YouTube-Video {detail} steht als Link im Text → für den Zwei-Klick-Player einen Video-Eintrag anlegen (npm run new -- video, mit eigenem Vorschaubild) und unter videos: eintragen',
  'slug-taken': 'Die Adresse {detail} war schon belegt → {suggestion}',
  'author-by-name': 'Autor „{detail}“ über den Namen zugeordnet → {suggestion}',
  'employment-assumed': 'Beschäftigungsart angenommen: {detail}',
  'valid-through-renewed':
    'Die Stelle steht weiter im Feed: Enddatum verlängert bis {detail} (ein festes Bewerbungsende gehört in die Zuordnungsdatei: jobs → Id → validThrough)',
  'review-needed':
    'als Entwurf importiert → Korrektur (review.proofreadBy) und Datenschutzfreigabe (review.privacyClearedOn) eintragen, dann draft: false',
};

/** The German sentence for an entry. */
export function describe(entry: ReportEntry): string {
  let template = MESSAGES[entry.code] ?? `${entry.code}: {detail}`;
  // "Skript entfernt: {detail}" without a detail reads "Skript entfernt".
  if (!entry.detail) template = template.replace(/: \{detail\}/, '');
  return template.replace(/\{(\w+)\}/g, (match, key: string) => {
    if (key === 'detail') return entry.detail ?? '';
    if (key === 'suggestion') return entry.suggestion ?? '';
    return match;
  });
}

const entryLine = (entry: ReportEntry) =>
  `  - ${entry.subject}${entry.line ? ` (Zeile ${entry.line})` : ''}: ${describe(entry)}${entry.file ? `\n      ${entry.file}` : ''}`;

/** The report as text for the terminal. */
export function formatReport(report: ImportReport, title: string): string {
  const out = [title];
  const list = (heading: string, items: string[]) => {
    if (items.length) out.push('', `${heading} (${items.length}):`, ...items);
  };
  list(
    'Geschrieben',
    report.written.map((file) => `  - ${file}`),
  );
  list(
    'Unverändert',
    report.unchanged.map((file) => `  - ${file}`),
  );
  list(
    'Entfernt (nicht mehr im Feed)',
    report.removed.map((file) => `  - ${file}`),
  );
  list('Zurückgehalten – bitte klären, dann erneut importieren', report.held.map(entryLine));
  list('Bitte prüfen', report.todo.map(entryLine));
  list('Bewusst nicht übernommen', report.skipped.map(entryLine));
  if (report.notes.length) out.push('', ...report.notes.map((note) => `Hinweis: ${note}`));
  return out.join('\n');
}
