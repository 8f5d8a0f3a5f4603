/**
 * `npm run import:wordpress -- <export.xml> --uploads <folder>`: a WordPress export
 * (WXR) → draft MDX posts in content/posts/, images copied, redirects from the old
 * addresses. Options: `--author login=person-id` (repeatable), `--mapping FILE`,
 * `--force` (overwrite posts imported before), `--dry-run`, `--json`, `--content DIR`.
 * Exit status 1 when something was held back (an unmapped author) or the export is broken.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readBuildEnv } from '../src/lib/build-env.ts';
import { formatReport } from './lib/import/report.ts';
import { importWordpress } from './lib/import/wordpress/import.ts';
import { ImportError } from './lib/import/xml.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    uploads: { type: 'string' },
    author: { type: 'string', multiple: true, default: [] },
    mapping: { type: 'string' },
    content: { type: 'string' },
    force: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const root = process.cwd();
const exportFile = positionals[0];
if (!exportFile || positionals.length > 1) {
  process.stderr.write(
    'Aufruf: npm run import:wordpress -- <export.xml> --uploads <ordner> [--author login=kennung] [--force] [--dry-run]\n',
  );
  process.exit(2);
}
const authors: Record<string, string> = {};
for (const option of values.author) {
  const [login, id] = option.split('=');
  if (!login || !id) {
    process.stderr.write(`--author ${option}: erwartet wird anmeldename=kennung, z. B. --author aberger=anna-berger\n`);
    process.exit(2);
  }
  authors[login.trim()] = id.trim();
}

try {
  const report = importWordpress({
    root,
    contentDir: values.content ? path.resolve(values.content) : readBuildEnv(root).contentDir,
    exportFile: path.resolve(exportFile),
    ...(values.uploads ? { uploadsDir: path.resolve(values.uploads) } : {}),
    authors,
    ...(values.mapping ? { mappingFile: path.resolve(values.mapping) } : {}),
    force: values.force,
    dryRun: values['dry-run'],
  });
  if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else
    process.stdout.write(
      `${formatReport(report, `WordPress-Import${values['dry-run'] ? ' (Probelauf, nichts geschrieben)' : ''}`)}\n`,
    );
  if (!values.uploads && !values.json) process.stdout.write('Hinweis: ohne --uploads wurden keine Bilder kopiert.\n');
  process.exitCode = report.held.length > 0 ? 1 : 0;
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  process.stderr.write(`${error.format()}\n`);
  process.exitCode = 1;
}
