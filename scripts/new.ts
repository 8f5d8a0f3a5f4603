/**
 * `npm run new`: creates a post, video, person or job as a valid draft with a short
 * writing guide. In a terminal it asks in German; with flags it runs without questions:
 *
 *   npm run new -- post --title "Vom Azubi zum Schichtleiter" --author anna-berger --kind interview
 *
 * A translation of an existing entry, beside it (scripts/lib/new/translation.ts):
 *
 *   npm run new -- translation posts/vom-azubi-zum-schichtleiter --lang en
 *
 * Options: `--content DIR` (content folder), `--slug ID` (file name instead of the
 * title's), `--lang` (a translation's language, `en`), `--interactive` (ask even when
 * input is piped), `--help`.
 * Exit status: 0 written, 1 the entry exists already (nothing is overwritten), 2 wrong
 * or missing input.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readBuildEnv } from '../src/lib/build-env.ts';
import { readScaffoldContext } from './lib/new/context.ts';
import { askQuestion, InputEnded, Prompter } from './lib/new/prompt.ts';
import { acceptAnswer, ENTRY_KINDS, KIND_ALIASES, KIND_LABELS, type Answers, type EntryKind } from './lib/new/questions.ts';
import { QUESTIONS } from './lib/new/kinds.ts';
import { plan } from './lib/new/render.ts';
import { collisions, writePlanned } from './lib/new/write.ts';
import { usage } from './lib/new/usage.ts';
import { planTranslation, translationExists } from './lib/new/translation.ts';

const flagNames = [...new Set(Object.values(QUESTIONS).flatMap((questions) => questions.map((question) => question.flag)))];
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    ...Object.fromEntries(flagNames.map((flag) => [flag, { type: 'string' as const }])),
    folder: { type: 'boolean' },
    content: { type: 'string' },
    slug: { type: 'string' },
    lang: { type: 'string' },
    interactive: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
const flags = values as Record<string, string | boolean | undefined>;

const fail = (message: string, status = 2): never => {
  process.stderr.write(`${message}\n`);
  process.exit(status);
};

if (flags['help']) {
  process.stdout.write(`${usage()}\n`);
  process.exit(0);
}

const root = process.cwd();
const env = readBuildEnv(root);
const contentDir = typeof flags['content'] === 'string' ? path.resolve(flags['content']) : env.contentDir;
const interactive = flags['interactive'] === true || (process.stdin.isTTY === true && process.stdout.isTTY === true);
const context = readScaffoldContext(contentDir, env.now);
const prompter = interactive ? new Prompter(process.stdin, process.stdout) : undefined;

async function chooseKind(): Promise<EntryKind> {
  const given = positionals[0]?.toLowerCase();
  if (given) {
    const kind = (ENTRY_KINDS as readonly string[]).includes(given) ? (given as EntryKind) : KIND_ALIASES[given];
    return kind ?? fail(`„${given}“ kann npm run new nicht anlegen; möglich sind: ${ENTRY_KINDS.join(', ')}.\n\n${usage()}`);
  }
  if (!prompter) return fail(`Was soll angelegt werden? ${ENTRY_KINDS.join(', ')}\n\n${usage()}`);
  prompter.write(
    `Was möchtest du anlegen?\n${ENTRY_KINDS.map((kind, index) => `  ${index + 1}) ${KIND_LABELS[kind]}`).join('\n')}\n`,
  );
  for (;;) {
    const raw = await prompter.line('Auswahl [1]: ');
    if (raw === undefined) throw new InputEnded();
    const index = raw.trim() === '' ? 0 : Number(raw.trim()) - 1;
    const kind = ENTRY_KINDS[index] ?? KIND_ALIASES[raw.trim().toLowerCase()] ?? ENTRY_KINDS.find((name) => name === raw.trim());
    if (kind) return kind;
    prompter.write('  Bitte eine Nummer aus der Liste.\n');
  }
}

async function collect(kind: EntryKind): Promise<Answers> {
  const answers: Answers = { slug: typeof flags['slug'] === 'string' ? flags['slug'] : undefined };
  const problems: string[] = [];
  // A flag of another kind (`--title` for a person, who has `--name`) is a mistake, not noise.
  const own = new Set(QUESTIONS[kind].map((question) => question.flag));
  for (const flag of flagNames) {
    if (flags[flag] !== undefined && !own.has(flag)) problems.push(`  --${flag}: gibt es für ${kind} nicht`);
  }
  if (problems.length > 0 && prompter) fail(`${problems.join('\n')}\n\n${usage(kind)}`);
  for (const question of QUESTIONS[kind]) {
    if (question.when && !question.when(answers)) continue;
    const flag = flags[question.flag];
    if (flag !== undefined) {
      const accepted = acceptAnswer(question, String(flag), context, answers);
      if (typeof accepted === 'string') {
        answers[question.key] = accepted || undefined;
        continue;
      }
      if (!prompter) {
        problems.push(`  --${question.flag}: ${accepted.error}`);
        continue;
      }
      prompter.write(`--${question.flag}: ${accepted.error}\n`);
    }
    if (prompter) answers[question.key] = await askQuestion(prompter, question, context, answers);
    else {
      answers[question.key] = question.fallback?.(context, answers);
      if (question.required && answers[question.key] === undefined) {
        problems.push(`  --${question.flag} …  ${question.ask}`);
      }
    }
  }
  if (problems.length > 0) {
    fail(
      `Für „npm run new -- ${kind}“ fehlen Angaben oder sind ungültig:\n${problems.join('\n')}\n` +
        'Ohne Terminal fragt npm run new nicht nach: alle Pflichtangaben als Flags übergeben (oder --interactive für Fragen).\n\n' +
        usage(kind),
    );
  }
  return answers;
}

/** `npm run new -- translation <folder>/<id> [--lang en]`: asks for the entry in a terminal. */
async function translation(): Promise<void> {
  let target = positionals[1];
  if (!target && prompter) {
    target = await prompter.line('Welcher Eintrag soll übersetzt werden? (z. B. posts/vom-azubi-zum-schichtleiter): ');
    if (target === undefined) throw new InputEnded();
  }
  if (!target) return fail(`Welcher Eintrag? z. B. npm run new -- translation posts/vom-azubi-zum-schichtleiter --lang en`);
  const lang = typeof flags['lang'] === 'string' ? flags['lang'] : 'en';
  const result = planTranslation(contentDir, target.trim(), lang, context.today);
  if ('error' in result) return fail(result.error);
  prompter?.done();
  const shown = (file: string) => path.relative(root, path.join(contentDir, file)).split(path.sep).join('/');
  if (translationExists(contentDir, result.planned)) {
    return fail(`Nichts geschrieben: ${shown(result.planned.file)} gibt es schon, und npm run new überschreibt nie.`, 1);
  }
  writePlanned(contentDir, result.planned);
  const { checkContent, formatFinding } = await import('../src/check/index.ts');
  const own = checkContent(root, contentDir).findings.filter((finding) => finding.file === shown(result.planned.file));
  const lines = [`Angelegt: ${shown(result.planned.file)} (Übersetzung von ${shown(result.original)})`];
  if (own.length > 0) lines.push('', 'Noch offen:', ...own.map((finding) => `  ${formatFinding(finding)}`));
  lines.push('', 'Weiter: die Texte übersetzen, „draft: false“ setzen und mit „npm run check“ prüfen.');
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  if (['translation', 'übersetzung', 'uebersetzung'].includes(positionals[0]?.toLowerCase() ?? '')) return translation();
  const kind = await chooseKind();
  const answers = await collect(kind);
  prompter?.done();
  const planned = plan(kind, answers, context);
  const shown = (file: string) => path.relative(root, path.join(contentDir, file)).split(path.sep).join('/');
  const taken = collisions(contentDir, planned);
  if (taken.length > 0) {
    fail(
      `Nichts geschrieben: ${taken.map(shown).join(', ')} gibt es schon, und npm run new überschreibt nie.\n` +
        'Einen anderen Titel wählen oder die Kennung mit --slug angeben.',
      1,
    );
  }
  writePlanned(contentDir, planned);
  const lines = [`Angelegt: ${shown(planned.file)}`, ...planned.copies.map((copy) => `Kopiert:  ${shown(copy.to)}`)];
  // The new file is checked at once, so the author sees what is still missing (the gate).
  // Loaded only now: the check is the heaviest import, and --help or a refusal needs none of it.
  const { checkContent, formatFinding } = await import('../src/check/index.ts');
  const check = checkContent(root, contentDir);
  const own = check.findings.filter((finding) => finding.file === shown(planned.file));
  if (own.length > 0) lines.push('', 'Noch offen:', ...own.map((finding) => `  ${formatFinding(finding)}`));
  lines.push(
    '',
    'Weiter: die Datei bearbeiten, mit „npm run check“ prüfen und mit „npm run dev“ ansehen (Entwürfe sind dort sichtbar).',
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof InputEnded) fail('\nAbgebrochen: die Eingabe endete vor der letzten Frage. Es wurde nichts geschrieben.');
  throw error;
});
