/**
 * `npm run import:personio -- <feed.xml>`: a Personio XML job feed → content/jobs/*.md,
 * matched by Personio id (updates, never duplicates); jobs that left the feed are
 * deleted and listed. Options: `--mapping FILE` (default content/import/personio.yaml),
 * `--today YYYY-MM-DD`, `--dry-run`, `--json`, `--content DIR`.
 * Exit status 1 when a job was held back (unknown office or department, missing salary …)
 * or the feed is malformed (the message names the line).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readBuildEnv } from '../src/lib/build-env.ts';
import { importPersonio } from './lib/import/personio/import.ts';
import { formatReport } from './lib/import/report.ts';
import { ImportError } from './lib/import/xml.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    mapping: { type: 'string' },
    content: { type: 'string' },
    today: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const root = process.cwd();
const feedFile = positionals[0];
if (!feedFile || positionals.length > 1 || (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))) {
  process.stderr.write(
    'Aufruf: npm run import:personio -- <feed.xml> [--mapping datei.yaml] [--today JJJJ-MM-TT] [--dry-run] [--json]\n',
  );
  process.exit(2);
}

try {
  const report = importPersonio({
    root,
    contentDir: values.content ? path.resolve(values.content) : readBuildEnv(root).contentDir,
    feedFile: path.resolve(feedFile),
    ...(values.mapping ? { mappingFile: path.resolve(values.mapping) } : {}),
    ...(values.today ? { today: values.today } : {}),
    dryRun: values['dry-run'],
  });
  if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else
    process.stdout.write(
      `${formatReport(report, `Personio-Import${values['dry-run'] ? ' (Probelauf, nichts geschrieben)' : ''}`)}\n`,
    );
  process.exitCode = report.held.length > 0 ? 1 : 0;
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  process.stderr.write(`${error.format()}\n`);
  process.exitCode = 1;
}
