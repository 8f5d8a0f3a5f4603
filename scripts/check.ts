/**
 * `npm run check`: validates all content in one pass, without a build.
 * Options: `--lang en` for English messages, `--json` for machines, `--format github` for
 * GitHub Actions (one `::error file=…,line=…,col=…::message` line per finding, shown on
 * the author's line of a pull request), `--content DIR`,
 * `--fix` to re-save a file that is not UTF-8 (read as Windows-1252), remove invisible
 * characters and compose decomposed umlauts in place (only those three rules change files;
 * everything else stays the author's to fix).
 * Exit status 1 on any error, 0 otherwise (warnings do not fail).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, formatGithub, formatReport, formatSummary } from '../src/check/index.ts';
import { fixFile } from '../src/check/text.ts';
import { fixEncoding } from '../src/check/encoding.ts';
import { readBuildEnv } from '../src/lib/build-env.ts';

const { values } = parseArgs({
  options: {
    lang: { type: 'string', default: 'de' },
    json: { type: 'boolean', default: false },
    format: { type: 'string', default: 'text' },
    content: { type: 'string' },
    fix: { type: 'boolean', default: false },
  },
});
const root = process.cwd();
const contentDir = values.content ? path.resolve(values.content) : readBuildEnv(root).contentDir;
const lang = values.lang === 'en' ? 'en' : 'de';
/** Rules `--fix` repairs, each with its fix; the encoding first, so the others see UTF-8. */
const FIXABLE: Record<string, (absolutePath: string) => boolean> = {
  'not-utf8': fixEncoding,
  'invisible-character': fixFile,
  'decomposed-text': fixFile,
};
const fixed: string[] = [];
let result = checkContent(root, contentDir);
if (values.fix) {
  const byFile = new Map<string, Set<(absolutePath: string) => boolean>>();
  for (const finding of result.findings) {
    const fix = FIXABLE[finding.rule];
    if (fix) byFile.set(finding.file, (byFile.get(finding.file) ?? new Set()).add(fix));
  }
  for (const [file, fixes] of byFile) {
    let changed = false;
    for (const fix of new Set(Object.values(FIXABLE))) if (fixes.has(fix)) changed = fix(path.resolve(root, file)) || changed;
    if (changed) fixed.push(file);
  }
  if (fixed.length > 0) result = checkContent(root, contentDir);
}
if (values.json) {
  process.stdout.write(
    `${JSON.stringify({ errors: result.errors, warnings: result.warnings, files: result.files, fixed, findings: result.findings }, null, 2)}\n`,
  );
} else if (values.format === 'github') {
  const lines = formatGithub(result.findings, lang);
  if (lines) process.stdout.write(`${lines}\n`);
  // The summary stays readable in the job's log.
  process.stdout.write(`${formatSummary(result.errors, result.warnings, result.files, lang)}
`);
} else {
  for (const file of fixed) process.stdout.write(`${lang === 'de' ? 'Korrigiert' : 'Fixed'}: ${file}\n`);
  const report = formatReport(result.findings, result.files, lang);
  (result.errors ? process.stderr : process.stdout).write(`${report}\n`);
}
process.exitCode = result.errors > 0 ? 1 : 0;
