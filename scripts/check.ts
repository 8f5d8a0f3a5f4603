/**
 * `npm run check`: validates all content in one pass, without a build.
 * Options: `--lang en` for English messages, `--json` for machines, `--content DIR`.
 * Exit status 1 on any error, 0 otherwise (warnings do not fail).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, formatReport } from './lib/check/index.ts';
import { readBuildEnv } from '../src/lib/build-env.ts';

const { values } = parseArgs({
  options: {
    lang: { type: 'string', default: 'de' },
    json: { type: 'boolean', default: false },
    content: { type: 'string' },
  },
});
const root = process.cwd();
const contentDir = values.content ? path.resolve(values.content) : readBuildEnv(root).contentDir;
const lang = values.lang === 'en' ? 'en' : 'de';
const result = checkContent(root, contentDir);
if (values.json) {
  process.stdout.write(
    `${JSON.stringify({ errors: result.errors, warnings: result.warnings, files: result.files, findings: result.findings }, null, 2)}\n`,
  );
} else {
  const report = formatReport(result.findings, result.files, lang);
  (result.errors ? process.stderr : process.stdout).write(`${report}\n`);
}
process.exitCode = result.errors > 0 ? 1 : 0;
