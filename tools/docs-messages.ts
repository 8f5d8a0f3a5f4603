/**
 * `npm run docs:messages`: writes the table of every check message (from
 * src/check/messages.ts) into docs/authors.md, between `<!-- meldungen:start -->` and
 * `<!-- meldungen:end -->`. Run it after changing a message; tests/unit/docs.test.ts fails
 * until the guide matches. `--check` only reports whether the guide is up to date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { messageTable, withSection } from '../src/check/catalogue.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const file = path.resolve(import.meta.dirname, '../docs/authors.md');
const before = readFileSync(file, 'utf8');
const after = withSection(before, messageTable('de'));
const name = path.relative(process.cwd(), file);
if (after === before) {
  process.stdout.write(`${name}: message table is up to date.\n`);
} else if (values.check) {
  process.stderr.write(`${name}: message table is out of date; run npm run docs:messages.\n`);
  process.exitCode = 1;
} else {
  writeFileSync(file, after);
  process.stdout.write(`${name}: message table rewritten.\n`);
}
