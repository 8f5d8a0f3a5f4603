import { fill, MESSAGES, WORDS, type Lang } from './messages.ts';
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
      if (p['detail'] === 'proofreadBy') {
        return p['proofreaders']
          ? fill(words['proofreaders']!, { values: p['proofreaders'] })
          : fill(words['proofreaders']!, { values: '—' });
      }
      return words['askPrivacy']!;
    case 'id-format':
      return String(p['suggestion'] ?? 'anna-berger');
    default:
      return '';
  }
}

/** `file:line:column  field  what is wrong → what to write instead`. */
export function formatFinding(finding: Finding, lang: Lang = 'de'): string {
  const text = MESSAGES[finding.rule]?.[lang] ?? MESSAGES['invalid']![lang];
  const params = { ...finding.params, suggestion: suggestion(finding, lang) };
  if (finding.rule === 'id-format' && !finding.params['suggestion']) params.suggestion = 'anna-berger';
  const problem = fill(text.problem, params);
  const fix = fill(text.fix, params);
  const where = `${finding.file}:${finding.line}:${finding.column}`;
  return `${where}  ${finding.field || '—'}  ${problem}${fix ? ` → ${fix}` : ''}`;
}

/** The whole report: errors first, then warnings, then a summary line. */
export function formatReport(findings: Finding[], files: number, lang: Lang = 'de'): string {
  const errors = findings.filter((finding) => finding.severity === 'error');
  const warnings = findings.filter((finding) => finding.severity === 'warning');
  const lines: string[] = [];
  const heading = lang === 'de' ? { errors: 'Fehler', warnings: 'Hinweise' } : { errors: 'Errors', warnings: 'Warnings' };
  if (errors.length) lines.push(`${heading.errors}:`, ...errors.map((finding) => `  ${formatFinding(finding, lang)}`));
  if (warnings.length) lines.push(`${heading.warnings}:`, ...warnings.map((finding) => `  ${formatFinding(finding, lang)}`));
  lines.push(
    lang === 'de'
      ? `${files} Dateien geprüft: ${errors.length} Fehler, ${warnings.length} Hinweise.`
      : `${files} files checked: ${errors.length} errors, ${warnings.length} warnings.`,
  );
  return lines.join('\n');
}
