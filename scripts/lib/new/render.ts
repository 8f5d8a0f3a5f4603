import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { KIT_COMPONENTS } from '../../../src/schemas/kit.ts';
import { SOCIAL_TEXT_MAX } from '../../../src/schemas/posts.ts';
import { slugify } from '../../../src/lib/slug.ts';
import type { ScaffoldContext } from './context.ts';
import type { Answers, EntryKind } from './questions.ts';

/**
 * The files `npm run new` writes. Every file is valid as written (it passes
 * `npm run check`), starts as a draft, and carries a short German writing guide: MDX
 * comments in a post, YAML comments in the frontmatter of Markdown files (an HTML
 * comment would end up in the page source).
 */

/** Written into an empty description; `npm run check` flags it until it is replaced. */
export const DESCRIPTION_PLACEHOLDER =
  'TODO: Worum geht es? Ein bis zwei Sätze für Vorschau, Feeds und Social Cards (höchstens 160 Zeichen).';

export interface Planned {
  /** Path of the entry relative to the content folder, e.g. `posts/x.mdx`. */
  file: string;
  text: string;
  /** Images to copy next to the entry: absolute source → path relative to the content folder. */
  copies: Array<{ from: string; to: string }>;
  id: string;
}

/** A YAML double-quoted string (JSON strings are valid YAML). */
const q = (value: string) => JSON.stringify(value);
const list = (value: string | undefined) => (value ? value.split(',').filter(Boolean) : []);
/** A YAML flow list; items that YAML would read as numbers or booleans are quoted. */
const flow = (value: string | undefined) =>
  `[${list(value)
    .map((item) => (/^[a-z][a-z0-9-]*$/.test(item) && !/^(?:true|false|null|yes|no|on|off)$/.test(item) ? item : q(item)))
    .join(', ')}]`;

/** The id of a new entry: from `--slug`, or the title with umlauts written out and `(m/w/d)` dropped. */
export function deriveId(kind: EntryKind, answers: Answers): string {
  if (answers['slug']) return slugify(answers['slug']);
  const title = answers['title'] ?? '';
  return slugify(kind === 'job' ? title.replace(/\s*\((?:[mwdx]\s*\/\s*)+[mwdx]\)\s*/gi, ' ') : title);
}

const POST_GUIDES: Record<string, string> = {
  article: 'Artikel: das Wichtigste zuerst, dann die Einzelheiten. Ein Gedanke pro Absatz.',
  interview: 'Interview: kurz einleiten, wer spricht; dann Frage und Antwort mit den Bausteinen unten.',
  event: 'Veranstaltungsbericht: wann, wo, wer war dabei – und was bleibt davon?',
  column: 'Kolumne: deine Meinung, in der Ich-Form. Ein Gedanke, gut begründet.',
};

/** The kit components each kind of post typically uses, shown as examples in its writing guide. */
const KIND_COMPONENTS: Record<string, string[]> = {
  article: ['Infobox', 'Zitat', 'Hinweis'],
  interview: ['Interview', 'Zitat'],
  event: ['Veranstaltung', 'Galerie'],
  column: ['Schritte', 'Zitat'],
};

/** The kit's examples for a kind of post, indented for the guide comment (components the kit lacks are left out). */
export function componentExamples(kind: string): string[] {
  const examples = (KIND_COMPONENTS[kind] ?? KIND_COMPONENTS['article']!).flatMap((name) => {
    const component = KIT_COMPONENTS[name];
    // An example is never allowed to end the comment it stands in.
    if (!component || component.example.includes('*/')) return [];
    return ['', `  ${component.description}`, ...component.example.split('\n').map((line) => `  ${line}`)];
  });
  return examples.length > 0
    ? [
        '',
        '  Bausteine (aus dem Kommentar nach unten kopieren, Kennungen und Text anpassen; alle in docs/authors.md):',
        ...examples,
      ]
    : [];
}

function postText(answers: Answers, context: ScaffoldContext): string {
  const authors = list(answers['authors']);
  const department = answers['department'];
  const departmentName = context.departments.find((entry) => entry.id === department)?.label;
  // The same candidates `npm run check` names: the department's people, else anyone else.
  const eligible = context.people.filter((person) => person.consent && !authors.includes(person.id));
  const own = eligible.filter((person) => !department || person.department === department);
  const proofreaders = (own.length > 0 ? own : eligible).slice(0, 3).map((person) => person.id);
  const who =
    own.length > 0 && department
      ? ` aus ${departmentName ?? department}, z. B. ${proofreaders.join(', ')}`
      : proofreaders.length > 0
        ? `, z. B. ${proofreaders.join(', ')}`
        : '';
  const lines = [
    '---',
    `title: ${q(answers['title'] ?? '')}`,
    `description: ${q(answers['description'] ?? DESCRIPTION_PLACEHOLDER)}`,
    `date: ${context.today}`,
    `authors: ${flow(answers['authors'])}`,
    `kind: ${answers['kind'] ?? 'article'}`,
    `tags: ${flow(answers['tags'])}`,
    ...(department ? [`department: ${department}`] : []),
    'draft: true # erst auf false setzen, wenn die Freigabe unten eingetragen ist',
    ...(context.requireReview
      ? [
          '# Redaktionelle Freigabe: vor dem Veröffentlichen die # vor den drei Zeilen entfernen und ausfüllen.',
          '# review:',
          `#   proofreadBy: ${proofreaders[0] ?? 'kennung'} # wer Korrektur gelesen hat${who}`,
          `#   privacyClearedOn: ${context.today} # Tag der Freigabe durch den Datenschutz, nicht nach „date“`,
        ]
      : []),
    `# social: "…" # ein fertiger Satz zum Teilen auf LinkedIn oder X, höchstens ${SOCIAL_TEXT_MAX} Zeichen, ohne Link; # davor entfernen`,
    `guid: ${randomUUID()} # feste Kennung für Feeds, nie ändern`,
    '---',
  ];
  const guide = [
    '{/*',
    '  Schreibhilfe – Kommentare wie dieser erscheinen nicht auf der Website. Löschen, wenn du fertig bist.',
    '',
    `  ${POST_GUIDES[answers['kind'] ?? 'article'] ?? POST_GUIDES['article']!}`,
    '  - Zwischenüberschriften beginnen mit ## (der Titel ist die einzige #-Überschrift).',
    '  - Kurze Sätze, aktive Verben, Fachwörter kurz erklären. Schreib für Bewerberinnen und Bewerber.',
    '  - Bilder: Datei in den Beitragsordner legen und ![Was das Bild zeigt](./bild.jpg) schreiben; nie Bilder aus dem Netz.',
    '  - Videos: <Video id="…" /> statt eingebetteter YouTube-Links oder <iframe>.',
    '  - Zeichen mit Bedeutung: ein „<“ im Text als &lt; schreiben, eine geschweifte Klammer als \\{.',
    '  - Kolleginnen und Kollegen nur mit Einwilligung beim Namen nennen.',
    '  - Vor dem Veröffentlichen: Korrektur lesen lassen, Datenschutz-Freigabe einholen, beides oben unter review eintragen, draft: false.',
    '  - Prüfen mit npm run check, ansehen mit npm run dev.',
    ...componentExamples(answers['kind'] ?? 'article'),
    '*/}',
    '',
  ];
  return `${lines.join('\n')}\n${guide.join('\n')}`;
}

const extension = (file: string) => path.extname(file).toLowerCase().replace('.jpeg', '.jpg');

function videoText(id: string, answers: Answers, context: ScaffoldContext): Planned {
  const poster = `./${id}${extension(answers['poster'] ?? '.jpg')}`;
  const lines = [
    '---',
    '# Neues Video. Hinweise zum Ausfüllen:',
    '# - youtube: nur die 11 Zeichen der Kennung, nie der ganze Link.',
    '# - Das Standbild liegt neben dieser Datei und wird statt YouTubes Vorschaubild gezeigt: vor der Einwilligung lädt nichts von YouTube.',
    '# - Unter dem zweiten --- steht das Transkript (wer sagt was); es macht das Video barrierefrei und auffindbar.',
    '# - Alle, die zu sehen sind, brauchen eine Einwilligung (consent in ihrem Profil). Dann draft: false setzen.',
    `title: ${q(answers['title'] ?? '')}`,
    `description: ${q(answers['description'] ?? DESCRIPTION_PLACEHOLDER)}`,
    `kind: ${answers['kind'] ?? 'interview'}`,
    `youtube: ${q(answers['youtube'] ?? '')}`,
    `poster: { src: ${poster}, alt: ${q(answers['posterAlt'] ?? '')} }`,
    `duration: ${q(answers['duration'] ?? '')}`,
    `date: ${context.today}`,
    `people: ${flow(answers['people'])}`,
    ...(answers['department'] ? [`department: ${answers['department']}`] : []),
    'draft: true',
    '---',
    '',
  ];
  return {
    id,
    file: `videos/${id}.md`,
    text: lines.join('\n'),
    copies: answers['poster'] ? [{ from: answers['poster'], to: `videos/${poster.slice(2)}` }] : [],
  };
}

function personText(id: string, answers: Answers): Planned {
  const photo = answers['photo'] ? `./${id}${extension(answers['photo'])}` : undefined;
  const lines = [
    '---',
    '# Neues Profil. Hinweise zum Ausfüllen:',
    '# - consent: der Tag, an dem die Person schriftlich eingewilligt hat. Ohne ihn erscheint sie nirgends.',
    '# - Einwilligung widerrufen: die Zeile consent löschen; der nächste Build entfernt die Person überall.',
    '# - Das Foto liegt neben dieser Datei; alt beschreibt in einem Satz, was darauf zu sehen ist.',
    '# - Unter dem zweiten --- steht die Kurzbiografie: zwei bis vier Sätze in der dritten Person.',
    `name: ${q(answers['title'] ?? '')}`,
    `role: ${q(answers['role'] ?? '')}`,
    `department: ${answers['department'] ?? ''}`,
    ...(answers['location'] ? [`location: ${answers['location']}`] : []),
    ...(photo ? [`photo: { src: ${photo}, alt: ${q(answers['photoAlt'] ?? '')} }`] : []),
    answers['consent'] ? `consent: ${answers['consent']}` : '# consent: JJJJ-MM-TT',
    '---',
    '',
  ];
  return {
    id,
    file: `people/${id}.md`,
    text: lines.join('\n'),
    copies: answers['photo'] && photo ? [{ from: answers['photo'], to: `people/${photo.slice(2)}` }] : [],
  };
}

function jobText(id: string, answers: Answers, context: ScaffoldContext): Planned {
  const apply = answers['apply'] ?? '';
  const lines = [
    '---',
    '# Neue Stelle. Hinweise zum Ausfüllen:',
    '# - validThrough: der letzte Tag der Ausschreibung; am Tag danach verschwindet die Stelle von selbst.',
    '# - salary: die Spanne steht in jeder Anzeige (EU-Entgelttransparenz).',
    '# - apply: url ist die Stelle im Bewerbungssystem (https://…), email öffnet das Mailprogramm mit fertigem Betreff;',
    '#   documents: [Lebenslauf, Zeugnisse] nennt, was Bewerbende bereithalten sollen (sonst das Übliche für die Anstellungsart).',
    '# - Unter dem zweiten --- steht die Beschreibung, gegliedert mit ## Deine Aufgaben, ## Das bringst du mit, ## Das bieten wir.',
    '# - Fertig? draft: false setzen.',
    `title: ${q(answers['title'] ?? '')}`,
    `description: ${q(answers['description'] ?? DESCRIPTION_PLACEHOLDER)}`,
    `department: ${answers['department'] ?? ''}`,
    `locations: ${flow(answers['locations'])}`,
    `employmentType: ${answers['employmentType'] ?? 'full-time'}`,
    'remote: none',
    `datePosted: ${context.today}`,
    `validThrough: ${answers['validThrough'] ?? context.today}`,
    `salary: { min: ${answers['salaryMin'] ?? '0'}, max: ${answers['salaryMax'] ?? '0'}, currency: EUR, unit: ${answers['salaryUnit'] ?? 'year'} }`,
    apply.startsWith('https://') ? `apply: { url: ${q(apply)} }` : `apply: { email: ${q(apply)} }`,
    `contact: ${answers['contact'] ?? ''}`,
    'draft: true',
    '---',
    '',
  ];
  return { id, file: `jobs/${id}.md`, text: lines.join('\n'), copies: [] };
}

/** Plans the file (and images) for a kind and its answers. */
export function plan(kind: EntryKind, answers: Answers, context: ScaffoldContext): Planned {
  const id = deriveId(kind, answers);
  switch (kind) {
    case 'post':
      return {
        id,
        file: answers['folder'] === 'true' ? `posts/${id}/index.mdx` : `posts/${id}.mdx`,
        text: postText(answers, context),
        copies: [],
      };
    case 'video':
      return videoText(id, answers, context);
    case 'person':
      return personText(id, answers);
    case 'job':
      return jobText(id, answers, context);
  }
}
