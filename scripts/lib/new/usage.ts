import { QUESTIONS } from './kinds.ts';
import { ENTRY_KINDS, type EntryKind } from './questions.ts';

const EXAMPLES: Record<EntryKind, string> = {
  post: 'npm run new -- post --title "Vom Azubi zum Schichtleiter" --author anna-berger --kind interview --tags ausbildung,produktion --department produktion',
  video:
    'npm run new -- video --title "Ein Tag in der Rohrfertigung" --youtube https://youtu.be/dQw4w9WgXcQ --poster ~/Bilder/standbild.jpg --poster-alt "Anna an der Biegemaschine" --duration 4:12',
  person: 'npm run new -- person --name "Anna Berger" --role Verfahrensmechanikerin --department produktion --consent 2026-01-15',
  job: 'npm run new -- job --title "Industriemechaniker (m/w/d)" --department produktion --locations iserlohn --salary-min 42000 --salary-max 52000 --apply bewerbung@example.de --contact jonas-keller',
};

/** Help text: the flags of one kind, or of all. */
export function usage(kind?: EntryKind): string {
  const kinds = kind ? [kind] : [...ENTRY_KINDS];
  const blocks = kinds.map((name) => {
    const flags = QUESTIONS[name].map(
      (question) =>
        `    --${question.flag.padEnd(16)} ${question.required && !question.fallback ? '(Pflicht) ' : ''}${question.ask}`,
    );
    return [`  ${name}:`, ...flags, `    Beispiel: ${EXAMPLES[name]}`].join('\n');
  });
  return [
    'Aufruf: npm run new -- <post|video|person|job> [Angaben]',
    '        npm run new -- translation <ordner>/<kennung> [--lang en]   (englische Fassung eines Eintrags, z. B. posts/vom-azubi-zum-schichtleiter)',
    'Ohne Angaben fragt das Skript im Terminal nach. Immer möglich: --slug <kennung>, --content <ordner>, --interactive.',
    '',
    ...blocks,
  ].join('\n');
}
