/**
 * `npm run check`: validates all content in one pass, without a build.
 * Options: `--lang en` for English messages, `--json` for machines, `--format github` for
 * GitHub Actions (one `::error file=…,line=…,col=…::message` line per finding, shown on
 * the author's line of a pull request), `--content DIR`,
 * `--fix` to remove invisible characters and compose decomposed umlauts in place (only
 * those two rules change files; everything else stays the author's to fix).
 * Exit status 1 on any error, 0 otherwise (warnings do not fail).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, formatGithub, formatReport, formatSummary } from '../src/check/index.ts';
import { fixFile } from '../src/check/text.ts';
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
const FIXABLE = new Set(['invisible-character', 'decomposed-text']);
const fixed: string[] = [];
let result = checkContent(root, contentDir);
if (values.fix) {
  const files = [...new Set(result.findings.filter((finding) => FIXABLE.has(finding.rule)).map((finding) => finding.file))];
  for (const file of files) if (fixFile(path.resolve(root, file))) fixed.push(file);
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
