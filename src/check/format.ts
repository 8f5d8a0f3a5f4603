import { CHARACTER_NAMES, fill, MESSAGES, WORDS, type Lang } from './messages.ts';
import { PARSER_OF_RULE, parserMessage } from './parser-messages.ts';
import type { Finding } from './types.ts';

const EXAMPLE_DATE = '2026-03-02';

/** The "what to write instead" part, which for some rules depends on the value. */
function suggestion(finding: Finding, lang: Lang): string {
  const words = WORDS[lang];
  const p = finding.params;
  switch (finding.rule) {
    case 'unknown-key':
      return p['suggestionValue']
        ? fill(words['didYouMean']!, { value: p['suggestionValue'] })
        : fill(words['remove']!, { values: p['allowed'] });
    case 'date-format': {
      const value = String(p['value'] ?? '');
      const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
      if (german) {
        const example = `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}`;
        return fill(words['dateFix']!, { example });
      }
      if (/^\d{4}-\d{2}-\d{2}/.test(value)) return fill(words['dateImpossible']!, { example: EXAMPLE_DATE });
      return fill(words['dateFix']!, { example: EXAMPLE_DATE });
    }
    case 'youtube-id': {
      const value = String(p['value'] ?? '');
      const id = /(?:v=|youtu\.be\/|embed\/|shorts\/)([A-Za-z0-9_-]{11})/.exec(value)?.[1];
      return id ? fill(words['youtubeKeep']!, { example: id }) : words['youtubeGeneric']!;
    }
    case 'missing-reference':
      if (p['near']) return fill(words['didYouMean']!, { value: p['near'] });
      return p['known'] ? fill(words['chooseOne']!, { values: p['known'] }) : fill(words['createEntry']!, { path: p['create'] });
    case 'image-missing':
      return p['caseTwin'] ? fill(words['imageCase']!, { value: p['caseTwin'] }) : words['imagePut']!;
    case 'no-consent':
      return words[String(p['hint'])] ?? words['consentOther']!;
    case 'review-missing':
      return p['detail'] === 'proofreadBy' ? proofreadHint(finding, lang) : fill(words['askPrivacy']!, p);
    case 'review-self':
      return proofreadHint(finding, lang);
    case 'review-pending': {
      const missing = String(p['missing'] ?? '');
      const steps = [
        ...(missing.includes('proofreadBy') ? [whoCouldProofread(finding, lang)] : []),
        ...(missing.includes('privacyClearedOn') ? [fill(words['pendingPrivacy']!, p)] : []),
        words['pendingThen']!,
      ];
      return steps.join('; ');
    }
    case 'id-format':
      return String(p['suggestion'] ?? 'anna-berger');
    case 'mdx-syntax': {
      const key = `syntax${String(p['hint'] ?? 'generic').replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase())}`;
      return words[key] ?? words['syntaxGeneric']!;
    }
    case 'mdx-component':
      return p['near']
        ? fill(words['componentNear']!, { value: p['near'] })
        : fill(words['componentAllowed']!, { values: p['allowed'] });
    case 'kit-prop-unknown':
    case 'kit-prop-value':
      return p['near']
        ? fill(words['didYouMean']!, { value: p['near'] })
        : fill(words['componentAllowed']!, { values: p['allowed'] });
    case 'wrong-type':
      return typeFix(lang, String(p['expected']));
    case 'video-youtube':
      return p['existing'] ? fill(words['videoExisting']!, p) : fill(words['videoCreate']!, p);
    case 'html-embed':
      if (p['existing']) return fill(words['embedExisting']!, p);
      return p['id'] ? fill(words['embedYoutube']!, p) : words['embedLink']!;
    case 'html-media':
      return ['video', 'audio', 'track', 'source'].includes(String(p['element'])) ? words['mediaVideo']! : words['mediaImage']!;
    case 'file-name':
      return fill(words[p['taken'] ? 'renameTaken' : 'renameTo']!, p);
    case 'heading-skip': {
      const expected = Number(p['expected'] ?? 2);
      return fill(words['headingLevel']!, { expected, hashes: '#'.repeat(expected) });
    }
    case 'link-missing':
      return p['near'] ? fill(words['didYouMean']!, { value: p['near'] }) : fill(words['linkExample']!, p);
    case 'link-relative':
      return p['near'] ? fill(words['linkAbsolute']!, { value: p['near'] }) : words['linkRelative']!;
    case 'link-untranslated':
      return fill(words[p['entry'] ? 'linkGermanOrTranslate' : 'linkGerman']!, p);
    case 'link-anchor':
      if (p['near']) return fill(words['didYouMean']!, { value: `#${String(p['near'])}` });
      return p['known'] ? fill(words['anchorKnown']!, { values: p['known'] }) : words['anchorNone']!;
    case 'translation-orphan':
      return p['near'] ? fill(words['translationRename']!, { value: p['near'] }) : fill(words['translationCreate']!, p);
    default:
      return '';
  }
}

/** Who could proofread the post, by department. */
function whoCouldProofread(finding: Finding, lang: Lang): string {
  const words = WORDS[lang];
  const p = finding.params;
  const key = p['scope'] === 'department' ? 'proofreadDepartment' : p['scope'] === 'other' ? 'proofreadOther' : 'proofreadAny';
  return fill(words[key]!, { department: p['department'], values: p['proofreaders'] });
}

const proofreadHint = (finding: Finding, lang: Lang) =>
  `${whoCouldProofread(finding, lang)} – ${fill(WORDS[lang]['proofreadThen']!, finding.params)}`;

/** What zod calls a type, in words an author knows, and how to write it. */
const TYPES: Record<Lang, Record<string, [string, string]>> = {
  de: {
    string: ['Text', 'als Text schreiben; Zahlen und true/false dafür in Anführungszeichen, z. B. "2026"'],
    number: ['Zahl', 'als Zahl ohne Anführungszeichen schreiben, z. B. 2019'],
    boolean: ['true oder false', 'true oder false schreiben'],
    array: ['Liste', 'als Liste schreiben, z. B. [a, b]'],
    object: ['Gruppe von Feldern', 'als Felder schreiben, z. B. { src: ./bild.jpg, alt: "…" }'],
    date: ['Datum', 'als JJJJ-MM-TT schreiben, z. B. 2026-03-02'],
    int: ['ganze Zahl', 'als ganze Zahl ohne Komma schreiben, z. B. 9'],
    text: ['Text', 'als Text in Anführungszeichen schreiben'],
  },
  en: {
    string: ['text', 'write it as text; put numbers and true/false in quotes, e.g. "2026"'],
    number: ['number', 'write a number without quotes, e.g. 2019'],
    boolean: ['true or false', 'write true or false'],
    array: ['list', 'write a list, e.g. [a, b]'],
    object: ['group of fields', 'write fields, e.g. { src: ./image.jpg, alt: "…" }'],
    date: ['date', 'write YYYY-MM-DD, e.g. 2026-03-02'],
    int: ['whole number', 'write a whole number without a decimal point, e.g. 9'],
    text: ['text', 'write it as text in quotes'],
  },
};

/** How to write a value of the expected type. */
const typeFix = (lang: Lang, expected: string) => TYPES[lang][expected]?.[1] ?? expected;

/** Extra parameters some messages need in the author's language. */
function localParams(finding: Finding, lang: Lang): Record<string, string | number | undefined> {
  const p = finding.params;
  const more = Number(p['more'] ?? 0);
  const extra: Record<string, string | number | undefined> = {
    more: more > 0 ? fill(WORDS[lang]['more']!, { count: more }) : '',
  };
  if (finding.rule === 'invisible-character') {
    extra['name'] = CHARACTER_NAMES[lang].find(([pattern]) => pattern.test(String(p['value'])))?.[1];
  }
  if (finding.rule === 'image-not-image') {
    const kind = String(p['kind'] ?? 'unknown');
    extra['kind'] = WORDS[lang][`imageKind${kind.charAt(0).toUpperCase()}${kind.slice(1)}`] ?? WORDS[lang]['imageKindUnknown'];
  }
  if (finding.rule === 'link-anchor') {
    extra['where'] = p['page'] ? fill(WORDS[lang]['anchorOn']!, p) : WORDS[lang]['anchorHere'];
  }
  if (finding.rule === 'link-unpublished') {
    const reason = String(p['reason'] ?? 'draft');
    const date = typeof p['date'] === 'string' ? p['date'] : '';
    extra['reason'] = fill(WORDS[lang][`unpublished${reason[0]!.toUpperCase()}${reason.slice(1)}`] ?? '', { date });
  }
  if (finding.rule === 'translation-contradicts') {
    extra['stated'] =
      p['expected'] === undefined
        ? WORDS[lang]['translationNothing']
        : fill(WORDS[lang]['translationStated']!, { value: p['expected'] });
  }
  if (finding.rule === 'translation-outdated') {
    extra['since'] = p['translated'] ? fill(WORDS[lang]['translationSince']!, p) : WORDS[lang]['translationUndated'];
  }
  if (finding.rule === 'wrong-type') extra['expected'] = TYPES[lang][String(p['expected'])]?.[0] ?? p['expected'];
  const parser = PARSER_OF_RULE[finding.rule];
  if (parser) extra['detail'] = parserMessage(parser, String(p['detail'] ?? ''), lang);
  return extra;
}

/** `file:line:column  field  what is wrong → what to write instead`. */
export function formatFinding(finding: Finding, lang: Lang = 'de'): string {
  const where = `${finding.file}:${finding.line}:${finding.column}`;
  return `${where}  ${finding.field || '—'}  ${describeFinding(finding, lang)}`;
}

/** `what is wrong → what to write instead`, without the place. */
export function describeFinding(finding: Finding, lang: Lang = 'de'): string {
  const text = MESSAGES[finding.rule]?.[lang] ?? MESSAGES['invalid']![lang];
  const params = { ...finding.params, ...localParams(finding, lang), suggestion: suggestion(finding, lang) };
  if (finding.rule === 'id-format' && !finding.params['suggestion']) params.suggestion = 'anna-berger';
  const problem = fill(text.problem, params);
  const fix = fill(text.fix, params);
  return `${problem}${fix ? ` → ${fix}` : ''}`;
}

/** The whole report: errors first, then warnings, then a summary line. */
export function formatReport(findings: Finding[], files: number, lang: Lang = 'de'): string {
  const errors = findings.filter((finding) => finding.severity === 'error');
  const warnings = findings.filter((finding) => finding.severity === 'warning');
  const lines: string[] = [];
  const heading = lang === 'de' ? { errors: 'Fehler', warnings: 'Hinweise' } : { errors: 'Errors', warnings: 'Warnings' };
  if (errors.length) lines.push(`${heading.errors}:`, ...errors.map((finding) => `  ${formatFinding(finding, lang)}`));
  if (warnings.length) lines.push(`${heading.warnings}:`, ...warnings.map((finding) => `  ${formatFinding(finding, lang)}`));
  lines.push(formatSummary(errors.length, warnings.length, files, lang));
  return lines.join('\n');
}

/** The report's last line: how many files, errors and warnings. */
export const formatSummary = (errors: number, warnings: number, files: number, lang: Lang = 'de'): string =>
  lang === 'de'
    ? `${files} Dateien geprüft: ${errors} Fehler, ${warnings} Hinweise.`
    : `${files} files checked: ${errors} errors, ${warnings} warnings.`;

/** GitHub Actions wants `%`, CR and LF escaped in a message, and also `,` and `:` in a property. */
const githubData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const githubProperty = (text: string) => githubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * One workflow command per finding (`::error file=…,line=…,col=…,title=…::message`), so
 * that GitHub shows the message on the author's line of a pull request. The file is the
 * finding's path relative to the project root, which is the repository root.
 */
export function formatGithub(findings: Finding[], lang: Lang = 'de'): string {
  return findings
    .map((finding) => {
      const properties = [
        `file=${githubProperty(finding.file)}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `title=${githubProperty(finding.field || finding.rule)}`,
      ].join(',');
      return `::${finding.severity === 'error' ? 'error' : 'warning'} ${properties}::${githubData(describeFinding(finding, lang))}`;
    })
    .join('\n');
}
